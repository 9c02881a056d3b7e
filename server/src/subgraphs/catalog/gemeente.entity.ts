import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Regio } from './regio.entity.js';

@ObjectType({ description: 'Gemeente, met de CBS-code (bijv. GM0363 Amsterdam).' })
@Directive('@key(fields: "code")')
@Entity('gemeente')
export class Gemeente {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  naam: string;

  @Index()
  @Column({ name: 'regio_code', type: 'text' })
  regioCode: string;

  @ManyToOne(() => Regio, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regio_code' })
  regioRelatie?: Relation<Regio>;

  @Field(() => String)
  @Column({ type: 'text' })
  provincie: string;
}
