import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Aanbieder } from './aanbieder.entity.js';
import { ContactSoort } from './catalog.enums.js';
import { Instrument } from './instrument.entity.js';
import { Organisatie } from './organisatie.entity.js';

@ObjectType({ description: 'Een contactpersoon, één keer ingevoerd en te koppelen aan instrumenten en aanbieders.' })
@Entity('contactpersoon')
export class Contactpersoon {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text' })
  naam: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  telefoon: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  email: string | null;

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

@ObjectType({ description: 'Een contactpersoon zoals gekoppeld aan een instrument of aanbieder: intern of extern, met een label.' })
export class ContactpersoonKoppeling {
  @Field(() => Contactpersoon)
  contactpersoon: Contactpersoon;

  @Field(() => ContactSoort)
  soort: ContactSoort;

  @Field(() => String, { nullable: true })
  label: string | null;
}

/** How a contactpersoon is linked to an owner (instrument or aanbieder): intern/extern, with a label. */
abstract class ContactKoppelingRecord {
  @PrimaryColumn({ name: 'contactpersoon_id', type: 'uuid' })
  contactpersoonId: string;

  @Column({ type: 'enum', enum: ContactSoort, enumName: 'contact_soort' })
  soort: ContactSoort;

  @Column({ type: 'text', nullable: true })
  label: string | null;

  @ManyToOne(() => Contactpersoon, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contactpersoon_id' })
  contactpersoon?: Relation<Contactpersoon>;
}

@Entity('instrument_contactpersoon')
@Index(['contactpersoonId'])
export class InstrumentContactpersoon extends ContactKoppelingRecord {
  @PrimaryColumn({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: Relation<Instrument>;
}

@Entity('aanbieder_contactpersoon')
@Index(['contactpersoonId'])
export class AanbiederContactpersoon extends ContactKoppelingRecord {
  @PrimaryColumn({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @ManyToOne(() => Aanbieder, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'aanbieder_id' })
  aanbieder?: Relation<Aanbieder>;
}
