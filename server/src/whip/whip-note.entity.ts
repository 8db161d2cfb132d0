import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One group's note on one whip entry (domain.md): each group keeps its own, so an edit by
 * another group's manager never changes or erases it.
 */
@Entity('whip_note')
@Index(['consultationId', 'groupKey', 'authorGroupKey'], { unique: true })
export class WhipNoteEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  motionId!: number;

  @Column({ type: 'integer' })
  consultationId!: number;

  /** The entry's group key (a council group or MAYOR). */
  @Column({ type: 'varchar', length: 40 })
  groupKey!: string;

  /** The group whose manager wrote the note (ADMIN_NOTE_AUTHOR for an admin without group). */
  @Column({ type: 'varchar', length: 40 })
  authorGroupKey!: string;

  @Column({ type: 'text' })
  note!: string;

  @Column({ type: 'boolean', default: false })
  internal!: boolean;

  @Column({ type: 'varchar', length: 64 })
  updatedBy!: string;

  @Column({ type: 'varchar', length: 30 })
  updatedAt!: string;
}
