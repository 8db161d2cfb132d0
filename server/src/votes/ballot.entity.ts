import type { BallotVote } from '@mehrheitsplaner/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One member's ballot on a recorded vote, with the group the member had that day and what the
 * ballot adds to the member's figures (shared `ballotFacts`, fixed at recording time). The vote
 * date is repeated here so member figures are one indexed scan without a join.
 */
@Entity('ballot')
@Index(['voteId', 'memberId', 'groupKey', 'present', 'absent', 'deviates'])
export class BallotEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  voteId!: number;

  @Column({ type: 'integer' })
  memberId!: number;

  /** The member's group on the day of the vote; null for the mayor. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  groupKey!: string | null;

  @Column({ type: 'varchar', length: 10 })
  vote!: BallotVote;

  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'integer' })
  present!: number;

  @Column({ type: 'integer' })
  absent!: number;

  @Column({ type: 'integer' })
  deviates!: number;
}
