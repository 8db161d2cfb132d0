import type { LoginResponse, UserView } from '@mehrheitsplaner/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import { ConfigService } from '../config/config.service';
import { UserEntity } from '../users/user.entity';
import { AuthError } from './auth.errors';
import type { AuthUser } from './auth.types';
import { hashPassword, verifyPassword } from './password';
import { SessionEntity } from './session.entity';

const HOUR_MS = 60 * 60 * 1000;
/** How long a looked-up session is trusted without asking the database again. */
const SESSION_CACHE_MS = 15_000;
const SESSION_CACHE_MAX = 10_000;

/** A valid session: its user and when it expires (epoch ms). */
export type ActiveSession = { user: AuthUser; expiresAt: number };
type CachedSession = ActiveSession & { checkedAt: number };
type SessionEndedListener = (tokenHash: string) => void;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function toUserView(user: UserEntity | AuthUser): UserView {
  return { username: user.username, role: user.role, groupKey: user.groupKey };
}

@Injectable()
export class AuthService {
  /** Compared against when the username is unknown, so both failures take the same time. */
  private readonly dummyHash = hashPassword('not-a-real-password');
  /** Every request and socket handshake authenticates: recent lookups skip the database. */
  private readonly sessionCache = new Map<string, CachedSession>();
  /** Told when a session ends by logout (the live gateway closes that session's sockets). */
  private readonly sessionEndedListeners: SessionEndedListener[] = [];

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly config: ConfigService,
  ) {}

  async login(username: string, password: string): Promise<LoginResponse> {
    const user = await this.users.findOne({ where: { username } });
    const valid = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !valid) {
      throw new AuthError('INVALID_CREDENTIALS', 'Benutzername oder Passwort falsch');
    }
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.config.tokenTtlHours * HOUR_MS);
    await this.sessions.save(
      this.sessions.create({ tokenHash: hashToken(token), user, expiresAt }),
    );
    return { token, user: toUserView(user), expiresAt: expiresAt.toISOString() };
  }

  async logout(token: string): Promise<void> {
    const tokenHash = hashToken(token);
    this.sessionCache.delete(tokenHash);
    await this.sessions.delete({ tokenHash });
    for (const listener of this.sessionEndedListeners) listener(tokenHash);
  }

  onSessionEnded(listener: SessionEndedListener): void {
    this.sessionEndedListeners.push(listener);
  }

  /** The user behind a bearer token, or AuthError MISSING_TOKEN / INVALID_TOKEN. */
  async authenticateOrThrow(token: string | undefined): Promise<AuthUser> {
    return (await this.sessionOrThrow(token)).user;
  }

  /** The session behind a bearer token, or AuthError MISSING_TOKEN / INVALID_TOKEN. */
  async sessionOrThrow(token: string | undefined): Promise<ActiveSession> {
    if (!token) throw new AuthError('MISSING_TOKEN', 'Anmeldung erforderlich');
    const tokenHash = hashToken(token);
    const now = Date.now();
    const cached = this.sessionCache.get(tokenHash);
    if (cached && now - cached.checkedAt < SESSION_CACHE_MS && cached.expiresAt > now) {
      return { user: cached.user, expiresAt: cached.expiresAt };
    }
    this.sessionCache.delete(tokenHash);
    const session = await this.sessions.findOne({ where: { tokenHash } });
    if (!session) throw new AuthError('INVALID_TOKEN', 'Sitzung ungültig');
    if (session.expiresAt.getTime() <= Date.now()) {
      await this.sessions.delete({ id: session.id });
      throw new AuthError('INVALID_TOKEN', 'Sitzung abgelaufen');
    }
    const { id, username, role, groupKey } = session.user;
    const user: AuthUser = { id, username, role, groupKey };
    if (this.sessionCache.size >= SESSION_CACHE_MAX) this.sessionCache.clear();
    const active: ActiveSession = { user, expiresAt: session.expiresAt.getTime() };
    this.sessionCache.set(tokenHash, { ...active, checkedAt: now });
    return active;
  }
}
