import { ValidationPipe } from '@nestjs/common';
import { WsException } from '@nestjs/websockets';
import { germanValidationMessages } from '../common/validation-messages';

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
        message: germanValidationMessages(errors).join('; '),
      }),
  });
}
