import {
  decideAccess,
  PERMISSIONS,
  SOCKET_EVENT_PERMISSIONS,
  type AccessRefusal,
  type Permission,
} from '@mehrheitsplaner/shared';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { WsException } from '@nestjs/websockets';
import type { Socket } from 'socket.io';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { AuthError } from '../auth/auth.errors';
import { bearerToken } from '../auth/bearer-token';
import { AuthService } from '../auth/auth.service';
import type { AuthUser } from '../auth/auth.types';
import { CouncilSnapshotService } from '../council/council-snapshot.service';
import { AccessError } from './access.errors';
import { routePermission } from './route-permission';

function refusalError(refusal: AccessRefusal, lineGroupKey: string | undefined) {
  switch (refusal) {
    case 'MISSING_TOKEN':
      return new AuthError('MISSING_TOKEN', 'Anmeldung erforderlich');
    case 'FORBIDDEN_ROLE':
      return new AuthError('FORBIDDEN_ROLE', 'Für diese Aktion fehlt die Berechtigung');
    case 'NOT_COALITION_MANAGER':
      return new AccessError(
        'NOT_COALITION_MANAGER',
        'Nur die Fraktionsgeschäftsführung einer Koalitionsfraktion darf das ändern',
      );
    case 'FOREIGN_COALITION_LINE':
      return new AccessError(
        'FOREIGN_COALITION_LINE',
        `Die Linie der Koalitionsfraktion ${lineGroupKey ?? ''} trägt nur deren ` +
          'Fraktionsgeschäftsführung ein',
      );
  }
}

function isSocketEvent(event: string): event is keyof typeof SOCKET_EVENT_PERMISSIONS {
  return Object.hasOwn(SOCKET_EVENT_PERMISSIONS, event);
}

/**
 * The one guard, global for HTTP routes and socket events: each is looked up in the shared
 * access table (deny when missing) and decided by `decideAccess`, the same function the client
 * uses to hide what would be refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly snapshots: CouncilSnapshotService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() === 'ws') return this.canReceiveEvent(context);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const path = (request.route as { path?: unknown } | undefined)?.path;
    const permission = routePermission(request.method, typeof path === 'string' ? path : '');
    if (!permission) throw new AuthError('NO_ACCESS_RULE', 'Kein Zugriff');
    if (PERMISSIONS[permission].roles === 'anyone') return true;
    const user = await this.auth.authenticateOrThrow(bearerToken(request.headers.authorization));
    const param: unknown = request.params.groupKey;
    const line = typeof param === 'string' ? param : undefined;
    const refusal = await this.refusal(permission, user, line);
    if (refusal) throw refusalError(refusal, line);
    request.user = user;
    return true;
  }

  /** Sockets authenticate at the handshake (LiveGateway); each event still needs its permission. */
  private async canReceiveEvent(context: ExecutionContext): Promise<boolean> {
    const ws = context.switchToWs();
    const event = ws.getPattern();
    const user = (ws.getClient<Socket>().data as { user?: AuthUser } | undefined)?.user ?? null;
    const refusal = isSocketEvent(event)
      ? await this.refusal(SOCKET_EVENT_PERMISSIONS[event], user, undefined)
      : 'FORBIDDEN_ROLE';
    if (!refusal) return true;
    const error = refusalError(refusal, undefined);
    throw new WsException({ status: 'error', event, code: error.code, message: error.message });
  }

  private async refusal(
    permission: Permission,
    user: AuthUser | null,
    lineGroupKey: string | undefined,
  ): Promise<AccessRefusal | null> {
    // The coalition is read only when a scope needs it: most requests are reads.
    const scoped = PERMISSIONS[permission].scope !== 'any' && user?.role === 'manager';
    const coalitionGroupKeys = scoped
      ? (await this.snapshots.snapshot()).groups.filter((g) => g.coalition).map((g) => g.key)
      : [];
    const decision = decideAccess(permission, user, { coalitionGroupKeys, lineGroupKey });
    return decision.allowed ? null : decision.refusal;
  }
}
