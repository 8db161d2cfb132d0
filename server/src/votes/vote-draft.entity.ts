import type { DraftEntryRequest } from '@mehrheitsplaner/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The live entry of one agenda item's vote, filled group by group until it is closed. */
@Entity('vote_draft')
@Index(['agendaItemId'], { unique: true })
export class VoteDraftEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  meetingId!: number;

  @Column({ type: 'integer' })
  agendaItemId!: number;

  @Column({ type: 'integer' })
  motionId!: number;

  @Column({ type: 'integer' })
  consultationId!: number;

  @Column({ type: 'simple-json' })
  entries!: DraftEntryRequest[];

  @Column({ type: 'varchar', length: 30 })
  updatedAt!: string;
}
