import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Regio } from './regio.entity.js';

@ObjectType({
  description: 'De organisatie die instrumenten beheert (wie ze mag inzien en wijzigen). Niet hetzelfde als de aanbieder.',
})
@Directive('@key(fields: "id")')
@Entity('organisatie')
export class Organisatie {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => String)
  @Column({ type: 'text', unique: true })
  naam: string;

  /** The arbeidsmarktregio the organisation serves; null for a national organisation. */
  @Field(() => ID, { nullable: true, description: 'De arbeidsmarktregio waar de organisatie het aanbod beheert (AM18); leeg voor een landelijke organisatie.' })
  @Column({ name: 'regio_code', type: 'text', nullable: true })
  regioCode: string | null;

  @ManyToOne(() => Regio, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regio_code' })
  regioRelatie?: Relation<Regio>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
