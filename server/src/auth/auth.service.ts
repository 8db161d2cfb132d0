import type { LoginResponse, UserView } from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { Not, Repository, type EntityManager } from 'typeorm';
import { ConfigService } from '../config/config.service';
import { UnitOfWork } from '../database/unit-of-work';
import { UserEntity } from '../users/user.entity';
import { AuthError } from './auth.errors';
import type { AuthUser } from './auth.types';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyPassword } from './password';
import { SessionEntity } from './session.entity';
import { SESSION_CACHE_MS, SessionRevocations } from './session-revocations';

const HOUR_MS = 60 * 60 * 1000;
const SESSION_CACHE_MAX = 10_000;
/** A session's expiry is written again only when it moves by at least this much. */
const RENEW_STEP_MS = 60_000;

/** A valid session: its user and when it expires (epoch ms). */
export type ActiveSession = { user: AuthUser; expiresAt: number };
type CachedSession = ActiveSession & { id: number; createdAt: number; checkedAt: number };
type SessionEndedListener = (tokenHash: string) => void;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toUserView(user: UserEntity | AuthUser): UserView {
  return { username: user.username, role: user.role, groupKey: user.groupKey };
}

/**
 * Deletes a user's sessions (but the one to keep) inside the caller's unit of work and returns
 * their token hashes; call `AuthService.endSessions` with them once the work has committed.
 */
export async function deleteSessionsOfUser(
  manager: EntityManager,
  userId: number,
  keepTokenHash?: string,
): Promise<string[]> {
  const where = keepTokenHash
    ? { user: { id: userId }, tokenHash: Not(keepTokenHash) }
    : { user: { id: userId } };
  const sessions = await manager.find(SessionEntity, { where });
  if (sessions.length > 0)
    await manager.delete(
      SessionEntity,
      sessions.map((s) => s.id),
    );
  return sessions.map((s) => s.tokenHash);
}

@Injectable()
export class AuthService {
  /** Compared against when the username is unknown, so both failures take the same time. */
  private readonly dummyHash = hashPassword('not-a-real-password');
  /** Every request and socket handshake authenticates: recent lookups skip the database. */
  private readonly sessionCache = new Map<string, CachedSession>();
  /** Told when a session ends by logout or revocation (the live gateway closes its sockets). */
  private readonly sessionEndedListeners: SessionEndedListener[] = [];

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: ConfigService,
    private readonly uow: UnitOfWork,
    private readonly throttle: LoginThrottle,
    private readonly revocations: SessionRevocations,
  ) {
    revocations.watch(
      (tokenHashes) => tokenHashes.forEach((tokenHash) => this.sessionCache.delete(tokenHash)),
      () => this.sessionCache.clear(),
    );
  }

  async login(username: string, password: string, address: string): Promise<LoginResponse> {
    await this.throttle.assertAllowed(username, address);
    const user = await this.users.findOne({ where: { username } });
    const valid = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !valid) {
      await this.throttle.recordFailure(username, address);
      throw new AuthError('INVALID_CREDENTIALS', 'Benutzername oder Passwort falsch');
    }
    await this.throttle.recordSuccess(username);
    // Only after the right password: a wrong one must not tell whether the account exists.
    if (!user.active) {
      throw new AuthError('ACCOUNT_DEACTIVATED', 'Dieses Konto ist deaktiviert');
    }
    const token = randomBytes(32).toString('base64url');
    const now = Date.now();
    const expiresAt = new Date(now + Math.min(this.idleLifetimeMs, this.maxLifetimeMs));
    await this.uow.run((manager) =>
      manager.save(manager.create(SessionEntity, { tokenHash: hashToken(token), user, expiresAt })),
    );
    return { token, user: toUserView(user), expiresAt: expiresAt.toISOString() };
  }

  async logout(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    await this.uow.run((manager) => manager.delete(SessionEntity, { tokenHash }));
    await this.endSessions([tokenHash]);
  }

  /**
   * Checks the signed-in user's current password before a change of their own. A wrong one
   * counts as a failed sign-in, so a stolen session cannot guess it freely.
   */
  async assertCurrentPassword(
    user: AuthUser,
    currentPassword: string,
    newPassword: string,
    address: string,
  ): Promise<void> {
    await this.throttle.assertAllowed(user.username, address);
    const stored = await this.users.findOne({ where: { id: user.id } });
    if (!stored || !(await verifyPassword(currentPassword, stored.passwordHash))) {
      await this.throttle.recordFailure(user.username, address);
      throw new AuthError('WRONG_CURRENT_PASSWORD', 'Das bisherige Passwort stimmt nicht');
    }
    if (newPassword === currentPassword) {
      throw new AuthError(
        'PASSWORD_UNCHANGED',
        'Das neue Passwort muss sich vom bisherigen unterscheiden',
      );
    }
  }

  /**
   * Forgets ended sessions and tells the listeners (at once, before the first await), then marks
   * them for the other instances; call after the deleting work committed and await it before
   * answering, so no instance accepts the token afterwards. Never rejects.
   */
  async endSessions(tokenHashes: string[]): Promise<void> {
    for (const tokenHash of tokenHashes) {
      this.sessionCache.delete(tokenHash);
      for (const listener of this.sessionEndedListeners) listener(tokenHash);
    }
    await this.revocations.mark(tokenHashes);
  }

  /** After an admin reset the account's failed attempts are forgotten (its lock ends). */
  unlockAccount(username: string): Promise<void> {
    return this.throttle.recordSuccess(username);
  }

  onSessionEnded(listener: SessionEndedListener): void {
    this.sessionEndedListeners.push(listener);
  }

  /**
   * The user behind the bearer token of an HTTP request, or AuthError MISSING_TOKEN /
   * INVALID_TOKEN. A request is use: the session's expiry slides to TOKEN_TTL_HOURS from now,
   * but never past SESSION_MAX_HOURS after sign-in.
   */
  async authenticateOrThrow(token: string | undefined): Promise<AuthUser> {
    if (!token) throw new AuthError('MISSING_TOKEN', 'Anmeldung erforderlich');
    const tokenHash = hashToken(token);
    const session = await this.lookUpOrThrow(tokenHash);
    await this.renew(tokenHash, session);
    return session.user;
  }

  /** The session behind a bearer token (socket handshakes), without renewing it. */
  async sessionOrThrow(token: string | undefined): Promise<ActiveSession> {
    if (!token) throw new AuthError('MISSING_TOKEN', 'Anmeldung erforderlich');
    return this.sessionOfHashOrThrow(hashToken(token));
  }

  /** The session of a token hash, as renewed by its HTTP use meanwhile. */
  async sessionOfHashOrThrow(tokenHash: string): Promise<ActiveSession> {
    const { user, expiresAt } = await this.lookUpOrThrow(tokenHash);
    return { user, expiresAt };
  }

  private get idleLifetimeMs(): number {
    return this.config.tokenTtlHours * HOUR_MS;
  }

  private get maxLifetimeMs(): number {
    return this.config.security.session.maxHours * HOUR_MS;
  }

  private async lookUpOrThrow(tokenHash: string): Promise<CachedSession> {
    const now = Date.now();
    const cached = this.sessionCache.get(tokenHash);
    if (cached && now - cached.checkedAt < SESSION_CACHE_MS && cached.expiresAt > now) {
      if (await this.revocations.cacheStillValid(tokenHash)) return cached;
    }
    this.sessionCache.delete(tokenHash);
    const session = await this.sessions.findOne({ where: { tokenHash } });
    // Deactivation deletes the sessions; the check keeps a straggler from outliving it.
    if (!session || !session.user.active) throw new AuthError('INVALID_TOKEN', 'Sitzung ungültig');
    if (session.expiresAt.getTime() <= now) {
      await this.uow.run((manager) => manager.delete(SessionEntity, { id: session.id }));
      throw new AuthError('INVALID_TOKEN', 'Sitzung abgelaufen');
    }
    const { id, username, role, groupKey } = session.user;
    if (this.sessionCache.size >= SESSION_CACHE_MAX) this.sessionCache.clear();
    const found: CachedSession = {
      id: session.id,
      user: { id, username, role, groupKey },
      expiresAt: session.expiresAt.getTime(),
      createdAt: session.createdAt.getTime(),
      checkedAt: now,
    };
    this.sessionCache.set(tokenHash, found);
    return found;
  }

  private async renew(tokenHash: string, session: CachedSession): Promise<void> {
    const target = Math.min(
      Date.now() + this.idleLifetimeMs,
      session.createdAt + this.maxLifetimeMs,
    );
    if (target - session.expiresAt < RENEW_STEP_MS) return;
    await this.uow.run((manager) =>
      manager.update(SessionEntity, { id: session.id }, { expiresAt: new Date(target) }),
    );
    const cached = this.sessionCache.get(tokenHash);
    if (cached) cached.expiresAt = target;
  }
}
