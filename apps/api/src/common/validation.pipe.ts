import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { FieldError } from '@moot/contracts';
import { RequestException } from './api-exception';

/** Flattens class-validator's tree into `field.path: messages` pairs. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints ? [{ field, messages: Object.values(error.constraints) }] : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** Strict DTO validation for every request: unknown fields refused, types transformed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => RequestException.validationFailed(toFieldErrors(errors)),
  });
}
