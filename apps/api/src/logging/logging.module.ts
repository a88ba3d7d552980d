import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig } from '../config/app-config';

const REQUEST_ID = /^[\w.-]{1,64}$/;

/** Drops query strings (SAML messages, search terms) and one-time tokens in paths from logs. */
export function redactSecrets(url: string): string {
  return url.split('?')[0].replace(/(\/auth\/login-link\/)[^/]+/, '$1[redacted]');
}

/** Keeps a caller's (e.g. the load balancer's) request id when it is sane; otherwise makes one. */
export function requestIdFor(request: IncomingMessage, response: ServerResponse): string {
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.logLevel,
          genReqId: requestIdFor,
          // Never log credentials or session material.
          redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
          // 401 (signed out) and 404 are everyday answers, not warnings.
          customLogLevel: (_request, response, error) =>
            error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 && ![401, 404].includes(response.statusCode) ? 'warn' : 'info',
          autoLogging: { ignore: (request) => request.url === '/api/health' },
          serializers: {
            req: (request: { id: string; method: string; url: string }) => ({ id: request.id, method: request.method, url: redactSecrets(request.url) }),
            res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
