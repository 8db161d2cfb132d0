import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A login session; only the sha256 of the bearer token is stored. */
@Entity('session')
export class SessionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash!: string;

  @ManyToOne(() => UserEntity, { nullable: false, eager: true, onDelete: 'CASCADE' })
  user!: UserEntity;

  @Column()
  expiresAt!: Date;

  @CreateDateColumn()
  createdAt!: Date;
}
