import type {
  ChangePasswordRequest,
  CreateUserRequest,
  PatchUserRequest,
  Role,
  UserAccountView,
} from '@mehrheitsplaner/shared';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { generatePassword, hashPassword } from '../auth/password';
import { AuthService, deleteSessionsOfUser, hashToken, toUserView } from '../auth/auth.service';
import { AuthError } from '../auth/auth.errors';
import type { AuthUser } from '../auth/auth.types';
import { assertStrongPassword, passwordProblem } from '../auth/password-policy';
import { ConfigService } from '../config/config.service';
import { auditDiff, hasChanges, passwordChanged } from '../audit/audit-changes';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../database/unit-of-work';
import { GroupEntity } from '../council/group.entity';
import { UserEntity } from './user.entity';
import { UsersError } from './users.errors';
import { AccessError } from '../access/access.errors';

function staleUserError(currentVersion: number): UsersError {
  return new UsersError(
    'USER_VERSION_CONFLICT',
    `Das Konto wurde inzwischen geändert (Version ${currentVersion}). Bitte neu laden.`,
  );
}

function toAccountView(user: UserEntity): UserAccountView {
  return { id: user.id, ...toUserView(user), active: user.active, version: user.version };
}

@Injectable()
export class UsersService implements OnModuleInit {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly config: ConfigService,
    private readonly uow: UnitOfWork,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.ensureAdmin();
  }

  /** Creates the bootstrap admin when no admin exists; a generated password is logged once. */
  async ensureAdmin(): Promise<void> {
    if (await this.users.exists({ where: { role: 'admin', active: true } })) return;
    const username = this.config.adminUsername;
    const password = this.config.adminPassword ?? generatePassword();
    // A weak ADMIN_PASSWORD must not stop the start (it may be all an operator can change).
    const problem = this.config.adminPassword === null ? null : passwordProblem(password, username);
    if (problem) this.logger.warn(`ADMIN_PASSWORD ist schwach: ${problem} Bitte ändern.`);
    const existing = await this.users.findOne({ where: { username } });
    const passwordHash = await hashPassword(password);
    await this.uow.run((manager) =>
      manager.save(
        existing
          ? Object.assign(existing, { role: 'admin', passwordHash, groupKey: null, active: true })
          : manager.create(UserEntity, { username, passwordHash, role: 'admin', groupKey: null }),
      ),
    );
    if (this.config.adminPassword === null) {
      this.logger.warn(`Admin-Zugang: ${username} / ${password}`);
    } else {
      this.logger.log(`Admin account "${username}" created`);
    }
  }

  /** Every account, by username (admins: GET /api/users). */
  async list(): Promise<UserAccountView[]> {
    const users = await this.uow.repo(UserEntity).find({ order: { username: 'ASC' } });
    return users.map(toAccountView);
  }

  async create(request: CreateUserRequest): Promise<UserAccountView> {
    const groupKey = request.groupKey ?? null;
    await this.assertRoleFitsGroup(request.role, groupKey);
    assertStrongPassword(request.password, request.username);
    if (await this.users.exists({ where: { username: request.username } })) {
      throw new UsersError('USERNAME_TAKEN', `Benutzername "${request.username}" ist vergeben`);
    }
    const passwordHash = await hashPassword(request.password);
    const user = await this.uow.run(async (manager) => {
      const created = await manager.save(
        manager.create(UserEntity, {
          username: request.username,
          passwordHash,
          role: request.role,
          groupKey,
        }),
      );
      // Never the hash: the log only says an account with this role and group exists now.
      const after = { username: created.username, role: created.role, groupKey };
      await this.audit.record({
        action: 'create',
        entityType: 'user',
        entityId: created.id,
        before: null,
        after,
      });
      return created;
    });
    return toAccountView(user);
  }

  /**
   * An admin's change of role, group or activity, at the version the admin saw (UPDATE … WHERE
   * version). Nobody demotes or deactivates themselves or the last active admin. A changed
   * account's sessions end at once (its rights changed; a deactivated one may not go on).
   */
  async patch(
    actor: AuthUser,
    id: number,
    request: PatchUserRequest,
    actorToken: string,
  ): Promise<UserAccountView> {
    const ended = await this.uow.run(async (manager) => {
      const users = this.uow.repo(UserEntity);
      // An admin deactivated meanwhile (a parallel request) no longer acts.
      if (!(await users.exists({ where: { id: actor.id, active: true } }))) {
        throw new AuthError('INVALID_TOKEN', 'Sitzung ungültig');
      }
      const user = await users.findOne({ where: { id } });
      if (!user) throw new UsersError('USER_NOT_FOUND', 'Dieses Konto gibt es nicht');
      if (request.version !== user.version) throw staleUserError(user.version);
      const next = {
        role: request.role ?? user.role,
        groupKey: request.groupKey === undefined ? user.groupKey : request.groupKey,
        active: request.active ?? user.active,
      };
      await this.assertRoleFitsGroup(next.role, next.groupKey);
      await this.assertAdminsRemain(actor, user, next);
      const diff = auditDiff(user, { ...user, ...next }, ['role', 'groupKey', 'active']);
      const moved = await manager
        .createQueryBuilder()
        .update(UserEntity)
        .set(next)
        .where('id = :id AND version = :version', { id, version: user.version })
        .execute();
      if (moved.affected !== 1) throw staleUserError(user.version);
      if (!hasChanges(diff)) return [];
      await this.audit.record({ action: 'update', entityType: 'user', entityId: id, ...diff });
      // The actor's own session stays (only their group can change: see assertAdminsRemain).
      return deleteSessionsOfUser(manager, id, id === actor.id ? hashToken(actorToken) : undefined);
    });
    await this.auth.endSessions(ended);
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new UsersError('USER_NOT_FOUND', 'Dieses Konto gibt es nicht');
    return toAccountView(user);
  }

  /** Admin reset: sets the password and ends every session of that user. */
  async resetPassword(id: number, newPassword: string): Promise<void> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new UsersError('USER_NOT_FOUND', 'Dieses Konto gibt es nicht');
    await this.setPassword(user, newPassword);
    await this.auth.unlockAccount(user.username);
  }

  /** The signed-in user's own change: every other session of the user ends. */
  async changeOwnPassword(
    user: AuthUser,
    token: string,
    change: ChangePasswordRequest,
    address: string,
  ): Promise<void> {
    await this.auth.assertCurrentPassword(
      user,
      change.currentPassword,
      change.newPassword,
      address,
    );
    await this.setPassword(user, change.newPassword, hashToken(token));
  }

  /** domain.md: a manager is the group manager of a coalition group, named with the account. */
  private async assertRoleFitsGroup(role: Role, groupKey: string | null): Promise<void> {
    const group =
      groupKey === null
        ? null
        : await this.uow.repo(GroupEntity).findOne({ where: { key: groupKey } });
    if (groupKey !== null && !group) {
      throw new UsersError('USER_GROUP_NOT_FOUND', `Unbekannte Gruppe "${groupKey}"`);
    }
    if (role === 'manager' && !group?.coalition) {
      throw new AccessError(
        'MANAGER_NEEDS_COALITION_GROUP',
        'Eine Fraktionsgeschäftsführung braucht eine Koalitionsfraktion als Gruppe',
      );
    }
  }

  /** Someone must stay able to administer: not the actor's own, not the last active admin. */
  private async assertAdminsRemain(
    actor: AuthUser,
    user: UserEntity,
    next: { role: Role; active: boolean },
  ): Promise<void> {
    const losesAdmin =
      user.role === 'admin' && user.active && (next.role !== 'admin' || !next.active);
    if (!losesAdmin) return;
    if (user.id === actor.id) {
      throw new UsersError(
        'OWN_ACCOUNT_PROTECTED',
        'Das eigene Konto kann man weder deaktivieren noch herabstufen',
      );
    }
    const others = await this.uow
      .repo(UserEntity)
      .count({ where: { role: 'admin', active: true, id: Not(user.id) } });
    if (others === 0) {
      throw new UsersError('LAST_ADMIN', 'Das letzte aktive Administratorkonto muss bleiben');
    }
  }

  /** Stores a new password and ends the user's sessions (but the one kept), audited. */
  private async setPassword(
    user: Pick<UserEntity, 'id' | 'username'>,
    newPassword: string,
    keepTokenHash?: string,
  ): Promise<void> {
    assertStrongPassword(newPassword, user.username);
    const passwordHash = await hashPassword(newPassword);
    const ended = await this.uow.run(async (manager) => {
      // An own change (a session kept) by an account deactivated meanwhile does not go through.
      const own = keepTokenHash !== undefined;
      if (own && !(await manager.exists(UserEntity, { where: { id: user.id, active: true } }))) {
        throw new AuthError('INVALID_TOKEN', 'Sitzung ungültig');
      }
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.audit.record(passwordChanged(user.id));
      return deleteSessionsOfUser(manager, user.id, keepTokenHash);
    });
    await this.auth.endSessions(ended);
  }
}
