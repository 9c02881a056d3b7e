import { Column, DeleteDateColumn, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../core/scalars.js';
import { Aanbieder } from './aanbieder.entity.js';
import { DuurEenheid, Gids, InstrumentType } from './catalog.enums.js';
import { Organisatie } from './organisatie.entity.js';

/** numeric columns arrive from pg as strings; duur and intensiteit are plain quantities. */
const numberTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@ObjectType({
  description:
    'Een middel dat tijdelijk wordt ingezet om een vastgesteld doel te bereiken (Eva), of een instrument of leerwerktraject voor werkgevers (Dennis).',
})
@Directive('@key(fields: "id")')
@Entity('instrument')
@Index(['gids', 'naam'])
export class Instrument {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => Gids)
  @Column({ type: 'enum', enum: Gids, enumName: 'gids' })
  gids: Gids;

  @Field(() => InstrumentType)
  @Column({ type: 'enum', enum: InstrumentType, enumName: 'instrument_type', default: InstrumentType.INSTRUMENT })
  type: InstrumentType;

  @Index()
  @Column({ name: 'organisatie_id', type: 'uuid' })
  organisatieId: string;

  @ManyToOne(() => Organisatie, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisatie_id' })
  organisatieRelatie?: Relation<Organisatie>;

  @Index()
  @Column({ name: 'aanbieder_id', type: 'uuid' })
  aanbiederId: string;

  @ManyToOne(() => Aanbieder, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'aanbieder_id' })
  aanbiederRelatie?: Relation<Aanbieder>;

  @Field(() => String)
  @Column({ type: 'text' })
  naam: string;

  @Field(() => Boolean, { description: 'Wil de beheerder het instrument publiceren?' })
  @Column({ type: 'boolean', default: false })
  publiceren: boolean;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'publiceer_vanaf', type: 'date', nullable: true })
  publiceerVanaf: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ name: 'publiceer_tot_en_met', type: 'date', nullable: true })
  publiceerTotEnMet: string | null;

  // Eva instrumentenformat, stap 1 ------------------------------------------------------
  @Field(() => String, { nullable: true, description: 'Eva: beknopte samenvatting van doel en werkwijze, hoogstens 500 tekens.' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  samenvatting: string | null;

  @Field(() => String, { nullable: true, description: 'Eva: het beoogde resultaat.' })
  @Column({ type: 'text', nullable: true })
  doel: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  werkwijze: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'onderscheidende_aanpak', type: 'text', nullable: true })
  onderscheidendeAanpak: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'voorwaarden_deelname', type: 'text', nullable: true })
  voorwaardenDeelname: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  werkafspraken: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  samenwerkingspartners: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'toelichting_doelgroep', type: 'text', nullable: true })
  toelichtingDoelgroep: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'aanvullende_informatie', type: 'text', nullable: true })
  aanvullendeInformatie: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  aanmeldinstructies: string | null;

  @Field(() => Float, { nullable: true, description: 'Totale duur, in de eenheid van duurEenheid.' })
  @Column({ name: 'totale_duur', type: 'numeric', precision: 8, scale: 2, nullable: true, transformer: numberTransformer })
  totaleDuur: number | null;

  @Field(() => DuurEenheid, { nullable: true })
  @Column({ name: 'duur_eenheid', type: 'enum', enum: DuurEenheid, enumName: 'duur_eenheid', nullable: true })
  duurEenheid: DuurEenheid | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'toelichting_duur', type: 'text', nullable: true })
  toelichtingDuur: string | null;

  @Field(() => Float, { nullable: true, description: 'Intensiteit in uren per week.' })
  @Column({ type: 'numeric', precision: 5, scale: 2, nullable: true, transformer: numberTransformer })
  intensiteit: number | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'toelichting_intensiteit', type: 'text', nullable: true })
  toelichtingIntensiteit: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Totale kosten in euro, exact (bijv. "1250.00").' })
  @Column({ name: 'totale_kosten', type: 'numeric', precision: 12, scale: 2, nullable: true })
  totaleKosten: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'toelichting_kosten', type: 'text', nullable: true })
  toelichtingKosten: string | null;

  // Dennis omschrijvingen ------------------------------------------------------------------
  @Field(() => String, { nullable: true, description: 'Dennis: beknopte beschrijving; de eerste 3 zinnen staan bij het filter.' })
  @Column({ name: 'korte_beschrijving', type: 'text', nullable: true })
  korteBeschrijving: string | null;

  @Field(() => String, { nullable: true, description: 'Dennis: uitgebreide beschrijving (opgemaakte tekst).' })
  @Column({ type: 'text', nullable: true })
  beschrijving: string | null;

  @Field(() => String, { nullable: true, description: 'Dennis: hoe vraag je het instrument aan.' })
  @Column({ type: 'text', nullable: true })
  aanvragen: string | null;

  @Field(() => String, { nullable: true, description: 'Dennis: voorwaarden om gebruik te maken van het instrument.' })
  @Column({ type: 'text', nullable: true })
  voorwaarden: string | null;

  /** Available everywhere; regio's, gemeenten and wijken narrow it otherwise. */
  @Column({ type: 'boolean', default: false })
  landelijk: boolean;

  /**
   * Weighted Dutch lexemes for full-text search: naam (A), samenvatting/korte beschrijving (B),
   * doel/werkwijze/beschrijving (C). Kept by a trigger (migration ChangeTracking); never written here.
   */
  @Index('IDX_instrument_zoekvector', { synchronize: false })
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  zoekvector?: string | null;

  @Field(() => Int, { description: 'Versie voor optimistische gelijktijdigheid: elke wijziging verhoogt hem.' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => Date)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  /** Set while the record is in the prullenbak (soft delete); TypeORM's finds then skip it. */
  @DeleteDateColumn({ name: 'verwijderd_op', type: 'timestamptz', nullable: true })
  verwijderdOp: Date | null;

  /** The gebruiker who put it in the prullenbak. */
  @Column({ name: 'verwijderd_door', type: 'uuid', nullable: true })
  verwijderdDoor: string | null;

  @Field(() => Date)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
