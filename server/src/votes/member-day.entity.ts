import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A member's ballot facts summed per voting day, group and result (the mayor: group ''), kept up to date
 * by every recording. Member figures of a period read these rows (members × voting days)
 * instead of every ballot.
 */
@Entity('member_day')
@Index(['date', 'memberId', 'groupKey', 'adopted'], { unique: true })
export class MemberDayEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'integer' })
  memberId!: number;

  /** The group that day; '' for the mayor. */
  @Column({ type: 'varchar', length: 40 })
  groupKey!: string;

  /** Whether the votes summed here adopted their motion (the history's result filter). */
  @Column({ type: 'boolean' })
  adopted!: boolean;

  @Column({ type: 'integer' })
  votes!: number;

  @Column({ type: 'integer' })
  present!: number;

  @Column({ type: 'integer' })
  absent!: number;

  @Column({ type: 'integer' })
  deviations!: number;
}
