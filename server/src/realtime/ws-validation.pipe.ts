import { ValidationPipe } from '@nestjs/common';
import { WsException } from '@nestjs/websockets';

/**
 * Inbound socket payloads are validated like HTTP bodies; failures become a WsException that
 * carries a code like an HTTP error body (api.md v1.1).
 */
export function wsValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new WsException({
        status: 'error',
        code: 'VALIDATION_FAILED',
        message: errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; '),
      }),
  });
}
