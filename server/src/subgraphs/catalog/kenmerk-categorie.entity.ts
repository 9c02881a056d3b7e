import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Gids, KenmerkSoort } from './catalog.enums.js';

@ObjectType({ description: 'Een groep kenmerken waarop professionals filteren, zoals "Tegels werklandschap" of "Doelgroepen".' })
@Entity('kenmerk_categorie')
@Index(['gids', 'volgorde'], { unique: true })
export class KenmerkCategorie {
  @Field(() => ID)
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  naam: string;

  @Field(() => Gids)
  @Column({ type: 'enum', enum: Gids, enumName: 'gids' })
  gids: Gids;

  @Field(() => KenmerkSoort)
  @Column({ type: 'enum', enum: KenmerkSoort, enumName: 'kenmerk_soort' })
  soort: KenmerkSoort;

  @Field(() => Int, { description: 'Volgorde binnen de gids, zoals de handreikingen die geven.' })
  @Column({ type: 'int' })
  volgorde: number;

  @Field(() => Boolean, { description: 'Mag een instrument meer dan één kenmerk uit deze categorie hebben?' })
  @Column({ type: 'boolean', default: true })
  meervoudig: boolean;

  @Field(() => Boolean, { description: 'Maken organisaties hier hun eigen kenmerken aan (zoals doelgroepen)?' })
  @Column({ name: 'per_organisatie', type: 'boolean', default: false })
  perOrganisatie: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  beschrijving: string | null;
}
