import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DecimalScalar, LocalDateScalar } from '../../../core/scalars.js';
import { ContactSoort, DuurEenheid, Gids, InstrumentType, LocatieType } from '../catalog.enums.js';

@InputType({ description: 'Waar het instrument beschikbaar is. Voor regionale instrumenten hoef je de gemeenten niet te kiezen.' })
export class BeschikbareGebiedenInput {
  @Field(() => Boolean, { description: 'Overal in Nederland (alleen de landelijk beheerder).' })
  landelijk: boolean;

  @Field(() => [ID], { nullable: true, description: "Codes van arbeidsmarktregio's (AM18)." })
  regios?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Gemeentecodes (GM0363).' })
  gemeenten?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Ids van wijken.' })
  wijken?: string[] | null;
}

@InputType()
export class ContactpersoonKoppelingInput {
  @Field(() => ID)
  contactpersoonId: string;

  @Field(() => ContactSoort)
  soort: ContactSoort;

  @Field(() => String, { nullable: true })
  label?: string | null;
}

@InputType()
export class LocatieInput {
  @Field(() => String)
  naam: string;

  @Field(() => LocatieType)
  type: LocatieType;

  @Field(() => ID, { nullable: true, description: 'Een eerder aangemaakt adres.' })
  adresId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Standaard ja.' })
  inGebruik?: boolean | null;

  @Field(() => String, { nullable: true })
  beschrijving?: string | null;
}

@InputType()
export class RegistratiecodeInput {
  @Field(() => String)
  code: string;

  @Field(() => String, { nullable: true })
  label?: string | null;
}

@InputType()
export class LinkInput {
  @Field(() => String)
  label: string;

  @Field(() => String, { description: 'Een http(s)-adres.' })
  url: string;
}

@InputType()
export class VideoInput {
  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => String, { description: 'De YouTube-identifier (rVsqEJhVLFM) of de hele link (https://www.youtube.com/watch?v=rVsqEJhVLFM).' })
  youtube: string;
}

/**
 * The fields of stap 1 (details and omschrijvingen) and, optionally, the koppelingen of stap 2.
 * In an update only the fields given change; a list given replaces the whole list.
 */
@InputType()
abstract class InstrumentFields {
  @Field(() => InstrumentType, { nullable: true })
  type?: InstrumentType | null;

  @Field(() => Boolean, { nullable: true, description: 'Wil je het instrument publiceren? (Eva: pas na koppelen van tegels en klantkenmerken.)' })
  publiceren?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true })
  publiceerVanaf?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  publiceerTotEnMet?: string | null;

  @Field(() => String, { nullable: true, description: 'Eva*: hoogstens 500 tekens, zonder opmaak.' })
  samenvatting?: string | null;

  @Field(() => String, { nullable: true, description: 'Eva*: opgemaakte tekst.' })
  doel?: string | null;

  @Field(() => String, { nullable: true, description: 'Eva*: opgemaakte tekst.' })
  werkwijze?: string | null;

  @Field(() => String, { nullable: true })
  onderscheidendeAanpak?: string | null;

  @Field(() => String, { nullable: true })
  voorwaardenDeelname?: string | null;

  @Field(() => String, { nullable: true })
  werkafspraken?: string | null;

  @Field(() => String, { nullable: true })
  samenwerkingspartners?: string | null;

  @Field(() => String, { nullable: true })
  toelichtingDoelgroep?: string | null;

  @Field(() => String, { nullable: true })
  aanvullendeInformatie?: string | null;

  @Field(() => String, { nullable: true })
  aanmeldinstructies?: string | null;

  @Field(() => Float, { nullable: true, description: 'Samen met duurEenheid.' })
  totaleDuur?: number | null;

  @Field(() => DuurEenheid, { nullable: true })
  duurEenheid?: DuurEenheid | null;

  @Field(() => String, { nullable: true })
  toelichtingDuur?: string | null;

  @Field(() => Float, { nullable: true, description: 'Uren per week.' })
  intensiteit?: number | null;

  @Field(() => String, { nullable: true })
  toelichtingIntensiteit?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'In euro, 0 of meer, hoogstens twee decimalen.' })
  totaleKosten?: string | null;

  @Field(() => String, { nullable: true })
  toelichtingKosten?: string | null;

  @Field(() => String, { nullable: true, description: 'Dennis*: zonder opmaak; de eerste 3 zinnen staan bij het filter.' })
  korteBeschrijving?: string | null;

  @Field(() => String, { nullable: true, description: 'Dennis: opgemaakte tekst.' })
  beschrijving?: string | null;

  @Field(() => String, { nullable: true, description: 'Dennis: opgemaakte tekst.' })
  aanvragen?: string | null;

  @Field(() => String, { nullable: true, description: 'Dennis: opgemaakte tekst.' })
  voorwaarden?: string | null;

  @Field(() => [String], { nullable: true, description: 'Stap 2: alle gekoppelde kenmerkcodes (tegels, klantkenmerken, uitvoeringsvormen, doelgroepen, ...).' })
  kenmerken?: string[] | null;

  @Field(() => BeschikbareGebiedenInput, { nullable: true })
  beschikbareGebieden?: BeschikbareGebiedenInput | null;

  @Field(() => [ContactpersoonKoppelingInput], { nullable: true })
  contactpersonen?: ContactpersoonKoppelingInput[] | null;

  @Field(() => [LocatieInput], { nullable: true })
  locaties?: LocatieInput[] | null;

  @Field(() => [RegistratiecodeInput], { nullable: true })
  registratiecodes?: RegistratiecodeInput[] | null;

  @Field(() => [LinkInput], { nullable: true })
  links?: LinkInput[] | null;

  @Field(() => [VideoInput], { nullable: true })
  videos?: VideoInput[] | null;
}

@InputType({ description: 'Een nieuw instrument: stap 1 (verplicht: organisatie, aanbieder, naam en per gids de velden met *), en eventueel al koppelingen.' })
export class CreateInstrumentInput extends InstrumentFields {
  @Field(() => Gids)
  gids: Gids;

  @Field(() => ID, { description: 'De beherende organisatie: een waar je zelf bij hoort.' })
  organisatieId: string;

  @Field(() => ID, { description: 'Wie het instrument uitvoert.' })
  aanbiederId: string;

  @Field(() => String)
  naam: string;
}

@InputType({ description: 'Alleen de velden die je meegeeft veranderen.' })
export class UpdateInstrumentInput extends InstrumentFields {
  @Field(() => ID, { nullable: true })
  organisatieId?: string | null;

  @Field(() => ID, { nullable: true })
  aanbiederId?: string | null;

  @Field(() => String, { nullable: true })
  naam?: string | null;
}

export type InstrumentChanges = { [K in keyof Omit<CreateInstrumentInput, 'gids'>]?: CreateInstrumentInput[K] | null };

export enum InstrumentStatus {
  CONCEPT = 'CONCEPT',
  GEPLAND = 'GEPLAND',
  GEPUBLICEERD = 'GEPUBLICEERD',
  VERLOPEN = 'VERLOPEN',
}
registerEnumType(InstrumentStatus, {
  name: 'InstrumentStatus',
  description: 'CONCEPT (niet gepubliceerd), GEPLAND (publicatie begint later), GEPUBLICEERD (nu zichtbaar) of VERLOPEN (periode voorbij).',
});

@InputType()
export class MijnInstrumentenFilter {
  @Field(() => String, { nullable: true, description: 'Zoek in de naam.' })
  tekst?: string | null;

  @Field(() => InstrumentStatus, { nullable: true })
  status?: InstrumentStatus | null;

  @Field(() => Gids, { nullable: true })
  gids?: Gids | null;

  @Field(() => ID, { nullable: true })
  organisatieId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Alleen de instrumenten van deze aanbieder (de pagina van een aanbieder).' })
  aanbiederId?: string | null;
}

@ArgsType()
export class MijnInstrumentenArgs {
  @Field(() => MijnInstrumentenFilter, { nullable: true })
  filter?: MijnInstrumentenFilter | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@InputType({ description: 'Een bestand bij het instrument: PDF, afbeelding (PNG, JPG) of Office-document, hoogstens 10 MB.' })
export class DownloadInput {
  @Field(() => String)
  label: string;

  @Field(() => String, { description: 'De bestandsnaam met extensie, bijv. folder.pdf.' })
  bestandsnaam: string;

  @Field(() => String, { description: 'De inhoud, base64-gecodeerd.' })
  inhoud: string;
}
