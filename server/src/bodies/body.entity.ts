import type { BodyKind, BodyRules, MajorityRule, QuorumRule } from '@mehrheitsplaner/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/**
 * A body that votes (Gremium): the Rat (`RAT`, described by the council module's data), a
 * committee or a district council. Quorum and majority follow GO NRW by default (§ 58 Abs. 2
 * applies the council's rules to committees); a body's own rules of procedure can differ, so
 * each body stores its rules. The Rat's stay GO NRW's (BodiesService refuses a change).
 */
@Entity('body')
export class BodyEntity {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  kind!: BodyKind;

  /** Whether the chair's seat votes; for the Rat the council's mayor setting decides instead. */
  @Column({ type: 'boolean', default: true })
  chairVotes!: boolean;

  @Column({ type: 'varchar', length: 20, default: 'moreThanHalf' })
  quorumRule!: QuorumRule;

  @Column({ type: 'varchar', length: 20, default: 'motion' })
  majorityRule!: MajorityRule;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}

/** A body's rules as the engine takes them. */
export function rulesOf(body: Pick<BodyEntity, 'quorumRule' | 'majorityRule'>): BodyRules {
  return { quorumRule: body.quorumRule, majorityRule: body.majorityRule };
}
