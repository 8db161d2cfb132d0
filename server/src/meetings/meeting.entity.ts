import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { AgendaItemEntity } from './agenda-item.entity';

/** A Sitzung of the council (or one of its committees), e.g. imported from OParl. */
@Entity('meeting')
export class MeetingEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  /** The meeting day, YYYY-MM-DD (the local date the source states). */
  @Index()
  @Column({ type: 'varchar', length: 10 })
  date!: string;

  /** The start as the source gives it (ISO date-time with offset), if known. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  start!: string | null;

  @Column({ type: 'boolean', default: false })
  cancelled!: boolean;

  /** `council` for the Rat, otherwise the committee's name (imported meetings: council). */
  @Column({ type: 'varchar', length: 200, default: 'council' })
  body!: string;

  @OneToMany(() => AgendaItemEntity, (item) => item.meeting)
  agendaItems!: AgendaItemEntity[];

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
