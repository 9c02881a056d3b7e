import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Arbeidsmarktregio, met de CBS-code (bijv. AM18 Groot Amsterdam).' })
@Directive('@key(fields: "code")')
@Entity('regio')
export class Regio {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  naam: string;
}
