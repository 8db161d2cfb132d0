import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('council_group')
export class GroupEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 40, unique: true })
  key!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 7 })
  color!: string;

  @Column({ type: 'boolean', default: false })
  excluded!: boolean;

  @Column({ type: 'boolean', default: false })
  coalition!: boolean;

  @Column({ type: 'integer', default: 0 })
  chartOrder!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  seatsSource!: string | null;

  @Column({ type: 'varchar', length: 200 })
  seatsConfidence!: string;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
