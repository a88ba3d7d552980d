import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ApiErrorBody } from '@moot/contracts';
import { ScimExceptionFilter } from '../scim/scim-exception.filter';
import { ApiException } from './api-exception';

const STATUS_CODES: Partial<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'TOO_MANY_REQUESTS',
  503: 'UNAVAILABLE',
};

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/**
 * The one place errors become HTTP: every response under /api is JSON of the
 * {@link ApiErrorBody} shape, never an HTML page or a stack trace.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');
  private readonly scim = new ScimExceptionFilter();

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    // SCIM clients expect SCIM error bodies even for failures before routing (bad JSON, 404).
    if (request.path.startsWith('/scim/v2/')) return this.scim.catch(exception, host);
    const body = this.toBody(exception, request);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId: body.requestId }, 'unhandled error');
    }
    if (response.headersSent) return;
    response.status(body.statusCode).type('application/json').json(body);
  }

  private toBody(exception: unknown, request: Request & { id?: string }): ApiErrorBody {
    const requestId = request.id ? String(request.id) : undefined;
    if (exception instanceof ApiException) {
      return { statusCode: exception.status, code: exception.code, message: exception.message, errors: exception.fieldErrors, requestId };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      let message = messageOf(exception);
      if (statusCode === HttpStatus.NOT_FOUND && message.startsWith('Cannot ')) {
        message = `There is nothing at ${request.method} ${request.originalUrl.split("?")[0]}.`;
      }
      return { statusCode, code: STATUS_CODES[statusCode] ?? `HTTP_${statusCode}`, message, requestId };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      code: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side. Please try again; if it keeps happening, quote the request id to support.',
      requestId,
    };
  }
}
