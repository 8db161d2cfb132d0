import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { MeetingEntity } from './meeting.entity';

/** A Tagesordnungspunkt; `motionId` links the motion (Drucksache) it deliberates, if any. */
@Entity('agenda_item')
export class AgendaItemEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @ManyToOne(() => MeetingEntity, (meeting) => meeting.agendaItems, {
    nullable: false,
    onDelete: 'CASCADE',
  })
  meeting!: Relation<MeetingEntity>;

  /** The outline number as printed ("10", "10.1", "C"), if any. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  number!: string | null;

  @Column({ type: 'varchar', length: 1000 })
  name!: string;

  /** Position in the meeting's agenda (0-based). */
  @Column({ type: 'integer', default: 0 })
  position!: number;

  @Index()
  @Column({ type: 'integer', nullable: true })
  motionId!: number | null;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
