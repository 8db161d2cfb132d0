import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';

@Entity('council')
export class CouncilEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  mayorName!: string;

  @Column({ type: 'varchar', length: 100 })
  mayorTitle!: string;

  @Column({ type: 'boolean', default: true })
  mayorVotes!: boolean;

  @Column({ type: 'varchar', length: 10 })
  termFrom!: string;

  @Column({ type: 'varchar', length: 10 })
  termTo!: string;

  @CreateDateColumn()
  createdAt!: Date;

  @UpdateDateColumn()
  updatedAt!: Date;

  @VersionColumn()
  version!: number;
}
