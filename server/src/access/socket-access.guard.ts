import { decideAccess, SOCKET_EVENT_PERMISSIONS } from '@mehrheitsplaner/shared';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { WsException } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import type { AuthUser } from '../auth/auth.types';
import { refusalError } from './access-refusal';

function isSocketEvent(event: string): event is keyof typeof SOCKET_EVENT_PERMISSIONS {
  return Object.hasOwn(SOCKET_EVENT_PERMISSIONS, event);
}

/**
 * The guard of every socket event (Nest applies global guards to HTTP only, so each gateway
 * names this one): the socket's user, authenticated at the handshake, needs the event's
 * permission in the shared access table. Socket permissions need no coalition (scope `any`);
 * a scoped one would be refused here, never let through.
 */
@Injectable()
export class SocketAccessGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const ws = context.switchToWs();
    const event = ws.getPattern();
    const user = (ws.getClient<Socket>().data as { user?: AuthUser } | undefined)?.user ?? null;
    const decision = isSocketEvent(event)
      ? decideAccess(SOCKET_EVENT_PERMISSIONS[event], user, { coalitionGroupKeys: [] })
      : ({ allowed: false, refusal: 'FORBIDDEN_ROLE' } as const);
    if (decision.allowed) return true;
    const error = refusalError(decision.refusal, undefined);
    throw new WsException({ status: 'error', event, code: error.code, message: error.message });
  }
}
