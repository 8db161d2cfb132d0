import { Column, Entity, Index } from 'typeorm';
import { WhipFields } from './whip-fields';

/**
 * One group's current entry in a motion's whip count. `version` is managed by hand
 * (UPDATE … WHERE version = ?) so a stale edit can never overwrite silently.
 */
@Entity('whip_entry')
@Index(['consultationId', 'groupKey'], { unique: true })
export class WhipEntryEntity extends WhipFields {
  @Column({ type: 'varchar', length: 64 })
  updatedBy!: string;

  @Column({ type: 'varchar', length: 30 })
  updatedAt!: string;
}
