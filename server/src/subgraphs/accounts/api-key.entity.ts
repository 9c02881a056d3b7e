import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ApiKeyScope } from './accounts.enums.js';

/**
 * A key a system (an integrator) reads the API with, for one organisatie. Only a SHA-256 of the key is stored,
 * never the key: it is shown once, at creation. Revoked and expired keys stay listed (who made what, and when it
 * was last used) but no longer verify.
 */
@ObjectType('ApiKey', { description: 'Een API-sleutel van een organisatie, voor koppelingen met andere systemen. De sleutel zelf staat hier niet in.' })
@Entity('api_key')
@Index('api_key_organisatie', ['organisatieId', 'createdAt'])
export class ApiKey {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** A catalog Organisatie id (accounts keeps only ids, as for gebruikers). */
  @Column({ name: 'organisatie_id', type: 'uuid' })
  organisatieId: string;

  @Field(() => String, { description: 'Waar de sleutel voor is, bijvoorbeeld de naam van het systeem.' })
  @Column({ type: 'text' })
  naam: string;

  @Field(() => [ApiKeyScope])
  @Column({ type: 'enum', enum: ApiKeyScope, enumName: 'api_key_scope', array: true })
  scopes: ApiKeyScope[];

  @Column({ type: 'bytea', unique: true })
  hash: Buffer;

  @Field(() => String, { description: 'Het begin van de sleutel, om hem te herkennen (niet genoeg om hem te gebruiken).' })
  @Column({ type: 'text' })
  prefix: string;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** The gebruiker who made the key. */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Field(() => Date, { nullable: true, description: 'Na dit moment werkt de sleutel niet meer; leeg: geen einddatum.' })
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  verlooptOp: Date | null;

  @Field(() => Date, { nullable: true, description: 'Wanneer de sleutel is ingetrokken; daarna werkt hij niet meer.' })
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Het laatste gebruik, op de minuut nauwkeurig; leeg: nooit gebruikt.' })
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;
}
