import type {
  MotionStatus,
  QuorumRule,
  RecordedBlock,
  RecordedPrediction,
  RequiredMajority,
  Tally,
  VoteSource,
} from '@mehrheitsplaner/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A recorded vote (Abstimmung) on a motion: the counts per group on that day (`blocks`, the
 * engine's input) and the tally with every firewall metric, stored once at recording time so the
 * history never recounts 93 ballots per vote. A `resultOnly` vote (imported without counts) has
 * no blocks and a tally whose only fact is `passes`.
 */
@Entity('recorded_vote')
@Index(['date', 'id'])
export class RecordedVoteEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ type: 'integer' })
  motionId!: number;

  /** The step of the path voted on: the Rat's decides the motion, a committee's recommends. */
  @Index()
  @Column({ type: 'integer' })
  consultationId!: number;

  @Column({ type: 'integer', nullable: true })
  meetingId!: number | null;

  @Index()
  @Column({ type: 'integer', nullable: true })
  agendaItemId!: number | null;

  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'varchar', length: 12 })
  source!: VoteSource;

  /** The majority the vote was counted under: the motion's, with its body's majority rule applied. */
  @Column({ type: 'varchar', length: 20 })
  requiredMajority!: RequiredMajority;

  /**
   * The body's quorum rule the vote was counted under (GO NRW's for the Rat and for every vote
   * recorded before bodies had rules): a later change of the body's rules rewrites no vote.
   */
  @Column({ type: 'varchar', length: 20, default: 'moreThanHalf' })
  quorumRule!: QuorumRule;

  @Column({ type: 'integer' })
  votingMembers!: number;

  @Column({ type: 'boolean' })
  passes!: boolean;

  /** null on a vote known only by its result (`resultOnly`): without counts nobody knows. */
  @Column({ type: 'boolean', nullable: true })
  democraticMajority!: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  reliesOnExcluded!: boolean | null;

  /** `resultOnly` votes: the result as the council's information system wrote it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  resultText!: string | null;

  /** `resultOnly` votes: "einstimmig" (true), "mehrheitlich" (false), not said (null). */
  @Column({ type: 'boolean', nullable: true })
  unanimous!: boolean | null;

  @Column({ type: 'simple-json' })
  blocks!: RecordedBlock[];

  @Column({ type: 'simple-json' })
  tally!: Tally;

  /**
   * Each group's whip entry as it stood when the vote was recorded: the last entry before the
   * vote (recording closes the whip count). Projection accuracy scores these.
   */
  @Column({ type: 'simple-json', nullable: true })
  predictions!: RecordedPrediction[] | null;

  @Column({ type: 'varchar', length: 64 })
  recordedBy!: string;

  @Column({ type: 'varchar', length: 30 })
  recordedAt!: string;

  /** The motion's status before this vote decided it: where voiding the vote reopens it. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  statusBefore!: MotionStatus | null;

  /**
   * A voided vote (a wrong entry, domain.md) keeps its row and ballots but counts in no history
   * figure; the history reads only votes with voidedAt null.
   */
  @Column({ type: 'varchar', length: 30, nullable: true })
  voidedAt!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  voidedBy!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  voidReason!: string | null;
}
