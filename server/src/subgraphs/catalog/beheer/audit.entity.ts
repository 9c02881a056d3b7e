import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Eén wijziging in de gids: wie, wanneer, wat, en de gegevens ervoor en erna.' })
@Entity('audit_record')
@Index(['organisatieId', 'tijdstip'])
@Index(['entiteitId', 'tijdstip'])
export class AuditRecord {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  tijdstip: Date;

  @Field(() => ID, { description: 'De beheerder die de wijziging deed (accounts).' })
  @Column({ name: 'gebruiker_id', type: 'uuid' })
  gebruikerId: string;

  /** Whose record it is: beheerders of this organisatie may read the entry. */
  @Column({ name: 'organisatie_id', type: 'uuid' })
  organisatieId: string;

  @Field(() => String, { description: 'Soort gegeven, bijv. Instrument of Aanbieder.' })
  @Column({ type: 'text' })
  entiteit: string;

  @Field(() => ID)
  @Column({ name: 'entiteit_id', type: 'uuid' })
  entiteitId: string;

  @Field(() => String, { description: 'aangemaakt, gewijzigd, gepubliceerd, gedepubliceerd of verwijderd.' })
  @Column({ type: 'text' })
  actie: string;

  @Field(() => [String], { description: 'De velden die veranderden.' })
  @Column({ type: 'text', array: true })
  velden: string[];

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'De gegevens voor de wijziging (leeg bij aanmaken).' })
  @Column({ type: 'jsonb', nullable: true })
  voor: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'De gegevens na de wijziging (leeg bij verwijderen).' })
  @Column({ type: 'jsonb', nullable: true })
  na: Record<string, unknown> | null;
}
