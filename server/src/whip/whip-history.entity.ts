import { Column, Entity, Index } from 'typeorm';
import { WhipFields } from './whip-fields';

/**
 * Every stored version of a whip entry: who changed it and when, and the note the changer's
 * group had on the entry after that change (the entry itself keeps its notes in whip_note).
 */
@Entity('whip_history')
@Index(['consultationId', 'id'])
export class WhipHistoryEntity extends WhipFields {
  @Column({ type: 'varchar', length: 64 })
  changedBy!: string;

  @Column({ type: 'varchar', length: 30 })
  changedAt!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'boolean', default: false })
  noteInternal!: boolean;

  /** The changer's group: an internal note is visible to its managers (and admins). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  noteGroupKey!: string | null;
}
