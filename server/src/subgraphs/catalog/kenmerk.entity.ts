import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { KenmerkCategorie } from './kenmerk-categorie.entity.js';
import { Organisatie } from './organisatie.entity.js';

@ObjectType({ description: 'Positie van een tegel in het werklandschap (kolom x, rij y).' })
export class TegelPositie {
  @Field(() => Int)
  x: number;

  @Field(() => Int)
  y: number;
}

@ObjectType({ description: 'Eén waarde waarop gefilterd kan worden, met een stabiele code (bijv. EW02 Diagnostiek, KK08 Sollicitatievaardigheden).' })
@Entity('kenmerk')
@Index(['categorieCode', 'volgorde'])
export class Kenmerk {
  @Field(() => ID, { description: 'Stabiele code, uniek over alle categorieën.' })
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  naam: string;

  @Column({ name: 'categorie_code', type: 'text' })
  categorieCode: string;

  @ManyToOne(() => KenmerkCategorie, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'categorie_code' })
  categorieRelatie?: Relation<KenmerkCategorie>;

  @Index()
  @Column({ name: 'parent_code', type: 'text', nullable: true })
  parentCode: string | null;

  @ManyToOne(() => Kenmerk, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_code' })
  parentRelatie?: Relation<Kenmerk>;

  @Column({ type: 'int' })
  volgorde: number;

  @Field(() => String, { nullable: true, description: 'Tegels: de ondertitel, zoals "Opstellen klantbeeld".' })
  @Column({ type: 'text', nullable: true })
  ondertitel: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  beschrijving: string | null;

  @Field(() => String, { nullable: true, description: 'Tegels: de tools en aandachtspunten uit het Werklandschap.' })
  @Column({ name: 'tools_en_aandachtspunten', type: 'text', nullable: true })
  toolsEnAandachtspunten: string | null;

  @Field(() => [String], { description: 'Voorbeelden van instrumenten uit de handreiking.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  voorbeelden: string[];

  @Column({ name: 'positie_x', type: 'int', nullable: true })
  positieX: number | null;

  @Column({ name: 'positie_y', type: 'int', nullable: true })
  positieY: number | null;

  /** Set for kenmerken an organisation made itself (its own doelgroepen); null for the standard lists. */
  @Index()
  @Column({ name: 'organisatie_id', type: 'uuid', nullable: true })
  organisatieId: string | null;

  @ManyToOne(() => Organisatie, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisatie_id' })
  organisatie?: Relation<Organisatie>;

  @Field(() => Int, { description: 'Versie voor optimistische gelijktijdigheid: elke wijziging verhoogt hem.' })
  @Column({ type: 'int', default: 1 })
  version: number;
}
