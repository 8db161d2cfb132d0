import {
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, type Observable } from 'rxjs';
import { RequestError } from '../common/request.errors';

/** A member list or a year of results fits easily; larger files are refused while uploading. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

/** The upload's own refusals (multer's, in English) as the product's German errors. */
@Injectable()
export class GermanUploadErrors implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          throw new RequestError(
            'PAYLOAD_TOO_LARGE',
            `Die Datei ist größer als ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`,
          );
        }
        throw error;
      }),
    );
  }
}
