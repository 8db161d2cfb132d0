import { ValidationPipe } from '@nestjs/common';
import { WsException } from '@nestjs/websockets';

/** Inbound socket payloads are validated like HTTP bodies; failures become a WsException. */
export function wsValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new WsException(errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; ')),
  });
}
