import { Injectable, NestMiddleware } from '@nestjs/common';
import express, { NextFunction, Request, Response } from 'express';
import { RequestException } from './api-exception';

const JSON_LIMIT = '1mb';
const jsonParser = express.json({ limit: JSON_LIMIT, type: ['application/json', 'application/scim+json'] });
const formParser = express.urlencoded({ extended: false, limit: JSON_LIMIT });

interface BodyParserError extends Error {
  type?: string;
}

/**
 * Parses JSON and form bodies inside Nest's pipeline, so a malformed or oversized body
 * reaches the exception filter as a clear 4xx instead of Express's HTML error page.
 */
@Injectable()
export class BodyParserMiddleware implements NestMiddleware {
  async use(request: Request, response: Response, next: NextFunction): Promise<void> {
    for (const parser of [jsonParser, formParser]) {
      await new Promise<void>((resolve, reject) => {
        parser(request, response, (error?: unknown) => {
          if (!error) return resolve();
          const parseError = error as BodyParserError;
          if (parseError.type === 'entity.too.large') return reject(RequestException.payloadTooLarge(JSON_LIMIT));
          if (parseError.type === 'entity.parse.failed') return reject(RequestException.malformedBody(parseError.message));
          reject(error);
        });
      });
    }
    next();
  }
}
