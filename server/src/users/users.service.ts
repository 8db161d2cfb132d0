import type { CreateUserRequest, UserView } from '@mehrheitsplaner/shared';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { generatePassword, hashPassword } from '../auth/password';
import { toUserView } from '../auth/auth.service';
import { ConfigService } from '../config/config.service';
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
  ) {}

  async onModuleInit(): Promise<void> {
    await this.ensureAdmin();
  }

  /** Creates the bootstrap admin when no admin exists; a generated password is logged once. */
  async ensureAdmin(): Promise<void> {
    if (await this.users.exists({ where: { role: 'admin' } })) return;
    const username = this.config.adminUsername;
    const password = this.config.adminPassword ?? generatePassword();
    const existing = await this.users.findOne({ where: { username } });
    const passwordHash = await hashPassword(password);
    await this.users.save(
      existing
        ? Object.assign(existing, { role: 'admin', passwordHash, groupKey: null })
        : this.users.create({ username, passwordHash, role: 'admin', groupKey: null }),
    );
    if (this.config.adminPassword === null) {
      this.logger.warn(`Admin-Zugang: ${username} / ${password}`);
    } else {
      this.logger.log(`Admin account "${username}" created`);
    }
  }

  async create(request: CreateUserRequest): Promise<UserView> {
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
    if (await this.users.exists({ where: { username: request.username } })) {
      throw new UsersError('USERNAME_TAKEN', `Benutzername "${request.username}" ist vergeben`);
    }
    const user = await this.users.save(
      this.users.create({
        username: request.username,
        passwordHash: await hashPassword(request.password),
        role: request.role,
        groupKey,
      }),
    );
    return toUserView(user);
  }
}
