import { Column, DeleteDateColumn, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Organisatie } from './organisatie.entity.js';

@ObjectType({ description: 'De partij die het instrument daadwerkelijk uitvoert (de leverancier).' })
@Directive('@key(fields: "id")')
@Entity('aanbieder')
export class Aanbieder {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  naam: string;

  @Index()
  @Column({ name: 'organisatie_id', type: 'uuid' })
  organisatieId: string;

  @ManyToOne(() => Organisatie, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisatie_id' })
  organisatieRelatie?: Relation<Organisatie>;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  telefoon: string | null;

  @Field(() => Int, { description: 'Versie voor optimistische gelijktijdigheid: elke wijziging verhoogt hem.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  /** Set while the record is in the prullenbak (soft delete); TypeORM's finds then skip it. */
  @DeleteDateColumn({ name: 'verwijderd_op', type: 'timestamptz', nullable: true })
  verwijderdOp: Date | null;

  /** The gebruiker who put it in the prullenbak. */
  @Column({ name: 'verwijderd_door', type: 'uuid', nullable: true })
  verwijderdDoor: string | null;

  /** Lexemes of the name, so a search for the aanbieder finds its instruments. Kept by a trigger. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  zoekvector?: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
