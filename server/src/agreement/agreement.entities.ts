import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A chapter of the coalition agreement; its title is the policy area motions are filed under. */
@Entity('agreement_chapter')
export class AgreementChapterEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 100, unique: true })
  key!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'integer' })
  position!: number;
}

/** One bulleted pledge of a chapter. */
@Entity('agreement_pledge')
@Index(['chapterKey', 'position'])
export class AgreementPledgeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 120, unique: true })
  key!: string;

  @Column({ type: 'varchar', length: 100 })
  chapterKey!: string;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  text!: string;
}

/** A motion that works towards a pledge. */
@Entity('motion_pledge')
@Index(['motionId', 'pledgeId'], { unique: true })
export class MotionPledgeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  motionId!: number;

  @Index()
  @Column({ type: 'integer' })
  pledgeId!: number;
}
