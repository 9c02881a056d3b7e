import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Organisatie } from './organisatie.entity.js';

@ObjectType({ description: 'Een adres, één keer ingevoerd en vaker te gebruiken bij locaties.' })
@Entity('adres')
export class Adres {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  straat: string;

  @Field(() => String)
  @Column({ type: 'text' })
  huisnummer: string;

  @Field(() => String)
  @Column({ type: 'text' })
  postcode: string;

  @Field(() => String)
  @Column({ type: 'text' })
  plaats: string;

  @Index()
  @Column({ name: 'organisatie_id', type: 'uuid' })
  organisatieId: string;

  @ManyToOne(() => Organisatie, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisatie_id' })
  organisatie?: Relation<Organisatie>;

  @Field(() => Int, { description: 'Versie voor optimistische gelijktijdigheid: elke wijziging verhoogt hem.' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
