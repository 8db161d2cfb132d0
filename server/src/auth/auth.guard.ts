import type { Role } from '@mehrheitsplaner/shared';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { PUBLIC_KEY, ROLES_KEY, type AuthenticatedRequest } from './auth.decorators';
import { AuthError } from './auth.errors';
import { AuthService } from './auth.service';

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/**
 * Global guard, deny by default: a route runs only with @Public() or @Roles(...). A route with
 * neither is a programming error and answers 403.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles) throw new AuthError('NO_ACCESS_RULE', 'Kein Zugriff');

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const user = await this.auth.authenticateOrThrow(bearerToken(request.headers.authorization));
    if (!roles.includes(user.role)) {
      throw new AuthError('FORBIDDEN_ROLE', 'Für diese Aktion fehlt die Berechtigung');
    }
    request.user = user;
    return true;
  }
}
