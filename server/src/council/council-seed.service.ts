import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { UnitOfWork } from '../database/unit-of-work';
import { CouncilEntity } from './council.entity';
import { GroupEntity } from './group.entity';
import { MemberEntity } from './member.entity';
import { MembershipEntity } from './membership.entity';
import seedJson from './seed/bochum-2025.json';
import { planSeedMembers, type SeedFile } from './seed/seed.types';

const SEED: SeedFile = seedJson;

/** Seeds the Bochum 2025 council on first start with an empty database; never reseeds. */
@Injectable()
export class CouncilSeedService implements OnModuleInit {
  private readonly logger = new Logger(CouncilSeedService.name);

  constructor(private readonly uow: UnitOfWork) {}

  async onModuleInit(): Promise<void> {
    await this.seedIfEmpty(SEED);
  }

  async seedIfEmpty(seed: SeedFile): Promise<boolean> {
    const members = planSeedMembers(seed);
    return this.uow.run(async (manager) => {
      const existing =
        (await manager.count(CouncilEntity)) +
        (await manager.count(GroupEntity)) +
        (await manager.count(MemberEntity));
      if (existing > 0) return false;

      const { council } = seed;
      await manager.save(
        manager.create(CouncilEntity, {
          name: council.name,
          mayorName: council.mayor.name,
          mayorTitle: council.mayor.title,
          mayorVotes: council.mayor.votes,
          termFrom: council.term.from,
          termTo: council.term.to,
        }),
      );
      const savedGroups = await manager.save(
        seed.groups.map((group) =>
          manager.create(GroupEntity, {
            key: group.key,
            name: group.name,
            color: group.color,
            chartOrder: group.chartOrder,
            excluded: council.excludedGroups.includes(group.key),
            coalition: council.coalition.includes(group.key),
            seatsSource: group.source,
            seatsConfidence: group.confidence,
          }),
        ),
      );
      const groupByKey = new Map(savedGroups.map((group) => [group.key, group]));
      await manager.save(manager.create(MemberEntity, { name: council.mayor.name, isMayor: true }));
      const savedMembers = await manager.save(
        members.map((member) =>
          manager.create(MemberEntity, { name: member.name, isMayor: false }),
        ),
      );
      await manager.save(
        savedMembers.map((member, i) =>
          manager.create(MembershipEntity, {
            member,
            group: groupByKey.get(members[i].groupKey),
            from: council.term.from,
            to: null,
          }),
        ),
      );
      this.logger.log(
        `Seeded ${council.name}: ${savedGroups.length} groups, ${savedMembers.length} members`,
      );
      return true;
    });
  }
}
