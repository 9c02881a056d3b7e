import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AccountGebeurtenisSoort } from './accounts.enums.js';

/**
 * One event in the life of an account: logins (also failed and refused ones), logout, password and profile
 * changes, creation, (de)activation. Never a password. No foreign keys: a failed login may name an address
 * that has no account, and the trail should outlive what it describes.
 */
@ObjectType({ description: 'Eén gebeurtenis van een account: wie, wanneer, wat en vanaf welk adres.' })
@Entity('account_gebeurtenis')
@Index('account_gebeurtenis_gebruiker', ['gebruikerId', 'id'])
export class AccountGebeurtenis {
  // Ordered by id (insertion order) for paging: exact, unlike timestamps rounded to milliseconds in a cursor.
  @Field(() => ID)
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  tijdstip: Date;

  @Field(() => AccountGebeurtenisSoort)
  @Column({ type: 'enum', enum: AccountGebeurtenisSoort, enumName: 'account_gebeurtenis_soort' })
  soort: AccountGebeurtenisSoort;

  @Field(() => ID, { nullable: true, description: 'Het account waar het om gaat; leeg bij een login met een onbekend e-mailadres.' })
  @Column({ name: 'gebruiker_id', type: 'uuid', nullable: true })
  gebruikerId: string | null;

  @Field(() => String, { nullable: true, description: 'Het e-mailadres (bij een login: zoals geprobeerd).' })
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Field(() => ID, { nullable: true, description: 'Wie het deed, als die was ingelogd (bij aanmaken of deactiveren: de beheerder).' })
  @Column({ name: 'door_gebruiker_id', type: 'uuid', nullable: true })
  doorGebruikerId: string | null;

  @Field(() => String, { nullable: true, description: 'Het adres van de client, zoals de gateway het zag.' })
  @Column({ name: 'client_adres', type: 'text', nullable: true })
  clientAdres: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Meer over wat er gebeurde, bijv. welke limiet weigerde of welke velden veranderden.' })
  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;
}
