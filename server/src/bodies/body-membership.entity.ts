import type { BodyRole } from '@mehrheitsplaner/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { GroupEntity } from '../council/group.entity';
import { MemberEntity } from '../council/member.entity';
import { BodyEntity } from './body.entity';

/**
 * A person's seat in a body other than the Rat, for the group that holds it; dates are
 * 'YYYY-MM-DD', both ends inclusive, `to` null while open. The person is a row of the council
 * module's `member` table: sachkundige Bürger/innen are persons without a council membership.
 */
@Entity('body_membership')
@Index(['body', 'member', 'from'])
export class BodyMembershipEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => BodyEntity, { nullable: false, onDelete: 'CASCADE' })
  body!: Relation<BodyEntity>;

  @ManyToOne(() => MemberEntity, { nullable: false, eager: true, onDelete: 'CASCADE' })
  member!: Relation<MemberEntity>;

  @ManyToOne(() => GroupEntity, { nullable: false, eager: true, onDelete: 'RESTRICT' })
  group!: Relation<GroupEntity>;

  @Column({ name: 'valid_from', type: 'varchar', length: 10 })
  from!: string;

  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  to!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'member' })
  role!: BodyRole;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
