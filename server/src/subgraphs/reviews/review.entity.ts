import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * One professional's review of one instrument. Withdrawn reviews stay stored (`ingetrokkenOp`) for the audit
 * trail but count nowhere; hidden ones (`verborgenOp`) count nowhere either and only their author and the
 * moderators see them. At most one review per author and instrument that is not withdrawn: a partial unique
 * index, so also two simultaneous creates cannot both succeed.
 */
@ObjectType('Review', { description: 'Een beoordeling van een instrument door een professional.' })
@Entity('review')
@Index('review_een_per_auteur', ['instrumentId', 'auteurId'], { unique: true, where: '"ingetrokken_op" IS NULL' })
@Index('review_per_instrument', ['instrumentId', 'createdAt'])
@Check('review_sterren', '"sterren" BETWEEN 1 AND 5')
@Check('review_resultaat', '"resultaat" BETWEEN 1 AND 5')
@Check('review_uitvoering', '"uitvoering" BETWEEN 1 AND 5')
export class Review {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  /** The account (accounts' Auteur), never copied: its naam is resolved through the gateway. */
  @Column({ name: 'auteur_id', type: 'uuid' })
  auteurId: string;

  /** The author's organisatie when writing (the catalog's Organisatie); null for a professional without one. */
  @Column({ name: 'organisatie_id', type: 'uuid', nullable: true })
  organisatieId: string | null;

  @Field(() => Int, { description: 'De algemene score, 1 tot en met 5.' })
  @Column({ type: 'smallint' })
  sterren: number;

  @Field(() => Int, { nullable: true, description: 'Score voor het resultaat, 1 tot en met 5.' })
  @Column({ type: 'smallint', nullable: true })
  resultaat: number | null;

  @Field(() => Int, { nullable: true, description: 'Score voor de uitvoering, 1 tot en met 5.' })
  @Column({ type: 'smallint', nullable: true })
  uitvoering: number | null;

  @Field(() => String, { nullable: true, description: 'Toelichting op de algemene score. Platte tekst: toon hem nooit als HTML.' })
  @Column({ type: 'text', nullable: true })
  tekst: string | null;

  @Field(() => String, { nullable: true, description: 'Toelichting op het resultaat (platte tekst).' })
  @Column({ name: 'toelichting_resultaat', type: 'text', nullable: true })
  toelichtingResultaat: string | null;

  @Field(() => String, { nullable: true, description: 'Toelichting op de uitvoering (platte tekst).' })
  @Column({ name: 'toelichting_uitvoering', type: 'text', nullable: true })
  toelichtingUitvoering: string | null;

  @Column({ name: 'verborgen_op', type: 'timestamptz', nullable: true })
  verborgenOp: Date | null;

  @Column({ name: 'verborgen_door', type: 'uuid', nullable: true })
  verborgenDoor: string | null;

  @Field(() => String, { nullable: true, description: 'Waarom een moderator de review verborg; alleen de auteur en moderatoren zien verborgen reviews.' })
  @Column({ name: 'verberg_reden', type: 'text', nullable: true })
  verbergReden: string | null;

  @Column({ name: 'ingetrokken_op', type: 'timestamptz', nullable: true })
  ingetrokkenOp: Date | null;

  @Field(() => Int, { description: 'Geef deze mee aan updateReview: wie intussen wijzigde, krijgt CONFLICT.' })
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
