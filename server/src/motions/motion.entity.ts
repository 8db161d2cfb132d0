import type { MotionStatus, MotionType, RequiredMajority } from '@mehrheitsplaner/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

/** An Antrag or Vorlage and where it stands in its lifecycle. */
@Entity('motion')
export class MotionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ type: 'varchar', length: 10, default: 'antrag' })
  type!: MotionType;

  @Column({ type: 'simple-json' })
  sponsorGroupKeys!: string[];

  @Index()
  @Column({ type: 'varchar', length: 100, nullable: true })
  policyArea!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'simple' })
  requiredMajority!: RequiredMajority;

  @Column({ type: 'boolean', default: true })
  mayorVotes!: boolean;

  @Index()
  @Column({ type: 'varchar', length: 10, nullable: true })
  meetingDate!: string | null;

  /** The date of the Drucksache (OParl Paper.date), YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  submittedOn!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: MotionStatus;

  @Column({ type: 'boolean', default: false })
  isExample!: boolean;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
