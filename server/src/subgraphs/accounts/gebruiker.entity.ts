import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Rol } from './accounts.enums.js';

@ObjectType({ description: 'Iemand die kan inloggen: een beheerder of een professional.' })
@Entity('gebruiker')
// Stored lower-cased so the unique constraint is case-insensitive (the service normalises every address).
@Check('gebruiker_email_lower', `"email" = lower("email")`)
export class Gebruiker {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text', unique: true })
  email: string;

  @Field(() => String)
  @Column({ type: 'text' })
  naam: string;

  @Field(() => Rol)
  @Column({ type: 'enum', enum: Rol, enumName: 'rol' })
  rol: Rol;

  /** A deactivated account cannot log in and has no sessions; it is kept for the audit trail and the data it made. */
  @Field(() => Boolean, { description: 'Uit: kan niet inloggen (een landelijk beheerder zet dit aan of uit).' })
  @Column({ type: 'boolean', default: true })
  actief: boolean;

  /** scrypt hash with its salt and parameters (see password.ts); never exposed. */
  @Column({ name: 'wachtwoord_hash', type: 'text' })
  wachtwoordHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
