import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Adres } from './adres.entity.js';
import { LocatieType } from './catalog.enums.js';
import { InstrumentOnderdeel } from './instrument-onderdeel.entity.js';

@ObjectType({ description: 'Een plek waar het instrument wordt uitgevoerd.' })
@Entity('locatie')
@Index(['instrumentId'])
export class Locatie extends InstrumentOnderdeel {
  @Field(() => String)
  @Column({ type: 'text' })
  naam: string;

  @Field(() => LocatieType)
  @Column({ type: 'enum', enum: LocatieType, enumName: 'locatie_type' })
  type: LocatieType;

  @Index()
  @Column({ name: 'adres_id', type: 'uuid', nullable: true })
  adresId: string | null;

  @ManyToOne(() => Adres, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adres_id' })
  adresRelatie?: Relation<Adres>;

  @Field(() => Boolean, { description: 'Bijvoorbeeld alleen in de zomer in gebruik: dan staat dit op nee.' })
  @Column({ name: 'in_gebruik', type: 'boolean', default: true })
  inGebruik: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  beschrijving: string | null;
}
