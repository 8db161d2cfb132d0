import {
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { runAsActor, type AuditActor } from './audit-actor';

/**
 * Makes the signed-in user (set by the access guard, which runs before interceptors) and the
 * request's address the actor of every write the handler makes. The address is Express's
 * `req.ip`: the socket's, unless TRUST_PROXY_HOPS names proxies whose X-Forwarded-For it may
 * believe, so a client cannot claim another address. Nest binds
 * the handler's async context when `handle()` is called, so calling it inside runAsActor carries
 * the actor through the whole handler.
 */
@Injectable()
export class AuditActorInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const actor: AuditActor = {
      actor: request.user?.username ?? 'anonymous',
      role: request.user?.role ?? null,
      ip: request.ip ?? request.socket.remoteAddress ?? null,
    };
    return runAsActor(actor, () => next.handle());
  }
}
