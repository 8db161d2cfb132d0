import type { AuditAction, AuditChanges, AuditEntityType } from '@mehrheitsplaner/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change in the audit log. Append-only: AuditService only inserts, and no route updates or
 * deletes a row. Written in the transaction of the change it describes.
 */
@Entity('audit_entry')
@Index(['entityType', 'entityId'])
@Index(['actor'])
@Index(['at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** ISO timestamp (UTC). */
  @Column({ type: 'varchar', length: 30 })
  at!: string;

  @Column({ type: 'varchar', length: 64 })
  actor!: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  role!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 20 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 20 })
  entityType!: AuditEntityType;

  @Column({ type: 'varchar', length: 80 })
  entityId!: string;

  @Column({ type: 'simple-json', nullable: true })
  before!: AuditChanges | null;

  @Column({ type: 'simple-json', nullable: true })
  after!: AuditChanges | null;
}
