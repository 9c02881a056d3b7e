import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Instrument } from './instrument.entity.js';

/**
 * A record that belongs to exactly one instrument and goes when it goes: locaties, registratiecodes,
 * links, downloads and video's share this id and owner. (Never a GraphQL type of its own: nothing returns it.)
 * Each subclass indexes instrument_id itself, unless a composite index already starts with it.
 */
@ObjectType()
export abstract class InstrumentOnderdeel {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: Relation<Instrument>;
}
