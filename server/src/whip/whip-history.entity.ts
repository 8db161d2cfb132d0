import { Column, Entity, Index } from 'typeorm';
import { WhipFields } from './whip-fields';

/** Every stored version of a whip entry: who changed it and when. */
@Entity('whip_history')
@Index(['motionId', 'id'])
export class WhipHistoryEntity extends WhipFields {
  @Column({ type: 'varchar', length: 64 })
  changedBy!: string;

  @Column({ type: 'varchar', length: 30 })
  changedAt!: string;
}
