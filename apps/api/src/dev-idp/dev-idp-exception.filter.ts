import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DevIdpException } from './dev-idp.exception';
import { renderErrorPage } from './dev-idp.page';

/** The development IdP's refusals are browser pages: plain HTML with the status, no stack trace. */
@Catch(DevIdpException)
export class DevIdpExceptionFilter implements ExceptionFilter {
  catch(exception: DevIdpException, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    response
      .status(exception.status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(renderErrorPage(exception.title, exception.message));
  }
}
