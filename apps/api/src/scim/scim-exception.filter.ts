import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { ApiException, RequestErrorCode } from '../common/api-exception';
import { SCHEMA_ERROR, SCIM_CONTENT_TYPE } from './scim.constants';
import { ScimErrorType, ScimException } from './scim.exception';

export interface ScimErrorBody {
  schemas: [typeof SCHEMA_ERROR];
  status: string;
  scimType?: ScimErrorType;
  detail: string;
}

/**
 * Maps every error on the SCIM controllers to an RFC 7644 §3.12 error body. Errors raised
 * before routing (a malformed JSON body) reach the app-wide filter instead.
 */
@Catch()
export class ScimExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ScimExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const { status, scimType, detail } = this.describe(exception);
    if (status >= 500) this.logger.error({ err: exception }, 'unhandled SCIM error');
    if (response.headersSent) return;
    const body: ScimErrorBody = { schemas: [SCHEMA_ERROR], status: String(status), ...(scimType ? { scimType } : {}), detail };
    if (status === HttpStatus.UNAUTHORIZED) response.setHeader('WWW-Authenticate', 'Bearer realm="scim"');
    response.status(status).setHeader('Content-Type', `${SCIM_CONTENT_TYPE}; charset=utf-8`);
    response.send(JSON.stringify(body));
  }

  private describe(exception: unknown): { status: number; scimType?: ScimErrorType; detail: string } {
    if (exception instanceof ScimException) return { status: exception.status, scimType: exception.scimType, detail: exception.message };
    if (exception instanceof ApiException) {
      const scimType = exception.code === RequestErrorCode.MalformedBody ? ScimErrorType.InvalidSyntax : undefined;
      return { status: exception.status, scimType, detail: exception.message };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { status, scimType: status === HttpStatus.BAD_REQUEST ? ScimErrorType.InvalidValue : undefined, detail: exception.message };
    }
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, detail: 'Something went wrong on our side. Please retry.' };
  }
}
