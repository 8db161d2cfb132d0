import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Which OParl object types map to local rows (the `localId` is that table's id). */
export type ExternalRefType =
  'Organization' | 'Person' | 'Membership' | 'Paper' | 'Meeting' | 'AgendaItem';

/**
 * The link between an object of an external system (by its URL id) and the local row it was
 * imported into. Kept apart from the feature entities so they need no OParl columns.
 */
@Entity('external_ref')
@Index(['system', 'type', 'externalId'], { unique: true })
@Index(['system', 'type', 'localId'])
export class ExternalRefEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The OParl System id (or the Body id when the body names no system). */
  @Column({ type: 'varchar', length: 500 })
  system!: string;

  @Column({ type: 'varchar', length: 20 })
  type!: ExternalRefType;

  /** The OParl id (a URL). */
  @Column({ type: 'varchar', length: 1000 })
  externalId!: string;

  @Column({ type: 'integer' })
  localId!: number;

  /** The source's `modified` when last imported. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  modified!: string | null;
}
