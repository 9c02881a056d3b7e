import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Gemeente } from './gemeente.entity.js';
import { Organisatie } from './organisatie.entity.js';

@ObjectType({ description: 'Een wijk binnen een gemeente, aangemaakt door beheerders.' })
@Entity('wijk')
@Index(['gemeenteCode', 'naam'], { unique: true })
export class Wijk {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  naam: string;

  @Column({ name: 'gemeente_code', type: 'text' })
  gemeenteCode: string;

  @ManyToOne(() => Gemeente, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeente_code' })
  gemeenteRelatie?: Relation<Gemeente>;

  @Index()
  @Column({ name: 'organisatie_id', type: 'uuid', nullable: true })
  organisatieId: string | null;

  @ManyToOne(() => Organisatie, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisatie_id' })
  organisatie?: Relation<Organisatie>;

  @Field(() => Int, { description: 'Versie voor optimistische gelijktijdigheid: elke wijziging verhoogt hem.' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
