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
import { GroupEntity } from './group.entity';
import { MemberEntity } from './member.entity';

/** A member's time in one group; dates are 'YYYY-MM-DD', both ends inclusive, `to` null while open. */
@Entity('membership')
@Index(['member', 'from'])
export class MembershipEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => MemberEntity, (member) => member.memberships, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  member!: Relation<MemberEntity>;

  @ManyToOne(() => GroupEntity, { nullable: false, eager: true, onDelete: 'RESTRICT' })
  group!: GroupEntity;

  @Column({ name: 'valid_from', type: 'varchar', length: 10 })
  from!: string;

  @Column({ name: 'valid_to', type: 'varchar', length: 10, nullable: true })
  to!: string | null;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
