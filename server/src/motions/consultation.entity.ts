import type { ConsultationRole, ConsultationStatus } from '@mehrheitsplaner/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/**
 * One step of a motion's path (Beratungsfolge): the body that deliberates it, when and in which
 * role. Whip entries, notes, history rows, drafts and recorded votes name their step.
 */
@Entity('consultation')
@Index(['motionId', 'position'])
export class ConsultationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  motionId!: number;

  @Index()
  @Column({ type: 'varchar', length: 40 })
  bodyKey!: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  date!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'decision' })
  role!: ConsultationRole;

  /** 1-based place in the path; every change of the path renumbers the motion's steps. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status!: ConsultationStatus;

  @VersionColumn()
  version!: number;
}
