import type { Confidence, MemberWhipOverride, SplitCounts, Stance } from '@mehrheitsplaner/shared';
import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** The columns a whip entry and each of its history rows share (concrete table inheritance). */
export abstract class WhipFields {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  motionId!: number;

  /** The step of the motion's path this count belongs to (the Rat's for motion-level routes). */
  @Column({ type: 'integer' })
  consultationId!: number;

  /** A council group key, or MAYOR for the mayor's own entry. */
  @Column({ type: 'varchar', length: 40 })
  groupKey!: string;

  @Column({ type: 'varchar', length: 10 })
  stance!: Stance;

  @Column({ type: 'varchar', length: 10 })
  confidence!: Confidence;

  @Column({ type: 'integer', default: 0 })
  absent!: number;

  @Column({ type: 'simple-json', nullable: true })
  split!: SplitCounts | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contact!: string | null;

  @Column({ type: 'simple-json' })
  members!: MemberWhipOverride[];

  @Column({ type: 'integer' })
  version!: number;
}
