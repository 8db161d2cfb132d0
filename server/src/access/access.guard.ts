import {
  decideAccess,
  PERMISSIONS,
  type AccessRefusal,
  type Permission,
} from '@mehrheitsplaner/shared';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { AuthError } from '../auth/auth.errors';
import { bearerToken } from '../auth/bearer-token';
import { AuthService } from '../auth/auth.service';
import type { AuthUser } from '../auth/auth.types';
import { CouncilSnapshotService } from '../council/council-snapshot.service';
import { refusalError } from './access-refusal';
import { routePermission } from './route-permission';

/**
 * The guard of every HTTP route (global): each route is looked up in the shared access table
 * (deny when missing) and decided by `decideAccess`, the function the client uses to hide what
 * would be refused. Socket events: SocketAccessGuard, on the gateways.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly auth: AuthService,
    private readonly snapshots: CouncilSnapshotService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
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
