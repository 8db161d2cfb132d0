import type { BodyKind } from '@mehrheitsplaner/shared';
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
 * committee or a district council. Quorum and majority follow GO NRW in every body (§ 58 Abs. 2
 * applies the council's rules to committees), so a body stores no rule of its own yet.
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

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
