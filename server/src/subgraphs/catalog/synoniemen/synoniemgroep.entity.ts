import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Woorden die bij het zoeken hetzelfde betekenen: wie één ervan zoekt, vindt ook de andere. Beheerd door de landelijk beheerder.' })
@Entity('synoniemgroep')
export class Synoniemgroep {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => [String], { description: 'De woorden, in kleine letters; de eerste geeft de groep haar naam.' })
  @Column({ type: 'text', array: true })
  termen: string[];

  @Field(() => String, { nullable: true, description: 'Waarom deze woorden hetzelfde betekenen.' })
  @Column({ type: 'text', nullable: true })
  toelichting: string | null;

  @Field(() => Int, { description: 'Versie voor optimistische gelijktijdigheid: elke wijziging verhoogt hem.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
