import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Per OParl system: when the last successful import started (the next `modified_since`). */
@Entity('oparl_import_state')
export class OparlImportStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 500 })
  system!: string;

  @Column({ type: 'varchar', length: 40 })
  lastImportAt!: string;

  @Column({ type: 'varchar', length: 1000 })
  bodyId!: string;
}
