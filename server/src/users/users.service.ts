import type {
  ChangePasswordRequest,
  CreateUserRequest,
  UserAccountView,
} from '@mehrheitsplaner/shared';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { generatePassword, hashPassword } from '../auth/password';
import { AuthService, deleteSessionsOfUser, hashToken, toUserView } from '../auth/auth.service';
import type { AuthUser } from '../auth/auth.types';
import { assertStrongPassword, passwordProblem } from '../auth/password-policy';
import { ConfigService } from '../config/config.service';
import { passwordChanged } from '../audit/audit-changes';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../database/unit-of-work';
import { GroupEntity } from '../council/group.entity';
import { UserEntity } from './user.entity';
import { UsersError } from './users.errors';
import { AccessError } from '../access/access.errors';

@Injectable()
export class UsersService implements OnModuleInit {
  private readonly logger = new Logger(UsersService.name);

  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(GroupEntity) private readonly groups: Repository<GroupEntity>,
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
    if (await this.users.exists({ where: { role: 'admin' } })) return;
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
          ? Object.assign(existing, { role: 'admin', passwordHash, groupKey: null })
          : manager.create(UserEntity, { username, passwordHash, role: 'admin', groupKey: null }),
      ),
    );
    if (this.config.adminPassword === null) {
      this.logger.warn(`Admin-Zugang: ${username} / ${password}`);
    } else {
      this.logger.log(`Admin account "${username}" created`);
    }
  }

  async create(request: CreateUserRequest): Promise<UserAccountView> {
    const groupKey = request.groupKey ?? null;
    const group =
      groupKey === null ? null : await this.groups.findOne({ where: { key: groupKey } });
    if (groupKey !== null && !group) {
      throw new UsersError('USER_GROUP_NOT_FOUND', `Unbekannte Gruppe "${groupKey}"`);
    }
    // domain.md: a manager is the group manager of a coalition group, named with the account.
    if (request.role === 'manager' && !group?.coalition) {
      throw new AccessError(
        'MANAGER_NEEDS_COALITION_GROUP',
        'Eine Fraktionsgeschäftsführung braucht eine Koalitionsfraktion als Gruppe',
      );
    }
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
    return { id: user.id, ...toUserView(user) };
  }

  /** Admin reset: sets the password and ends every session of that user. */
  async resetPassword(id: number, newPassword: string): Promise<void> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new UsersError('USER_NOT_FOUND', 'Dieses Konto gibt es nicht');
    await this.setPassword(user, newPassword);
    this.auth.unlockAccount(user.username);
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

  /** Stores a new password and ends the user's sessions (but the one kept), audited. */
  private async setPassword(
    user: Pick<UserEntity, 'id' | 'username'>,
    newPassword: string,
    keepTokenHash?: string,
  ): Promise<void> {
    assertStrongPassword(newPassword, user.username);
    const passwordHash = await hashPassword(newPassword);
    const ended = await this.uow.run(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash });
      await this.audit.record(passwordChanged(user.id));
      return deleteSessionsOfUser(manager, user.id, keepTokenHash);
    });
    this.auth.endSessions(ended);
  }
}
