import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Gids } from '../catalog.enums.js';
import { MijnInstrumentenFilter } from '../beheer/instrument-beheer.input.js';

export enum ExportFormaat {
  JSON = 'JSON',
  CSV = 'CSV',
}
registerEnumType(ExportFormaat, { name: 'ExportFormaat', description: 'JSON: het instrumentenformat, om te importeren. CSV: om te lezen in Excel.' });

export enum ImportActie {
  AANMAKEN = 'AANMAKEN',
  WIJZIGEN = 'WIJZIGEN',
  ONGEWIJZIGD = 'ONGEWIJZIGD',
  GEWEIGERD = 'GEWEIGERD',
}
registerEnumType(ImportActie, { name: 'ImportActie', description: 'Wat de import met een instrument doet (of bij een proefimport zou doen).' });

@ArgsType()
export class ExportInstrumentenArgs {
  @Field(() => ID, { nullable: true, description: 'Alleen de instrumenten van deze organisatie (een die je beheert).' })
  organisatieId?: string | null;

  @Field(() => Gids, { nullable: true, description: 'Alleen de instrumenten van deze gids.' })
  gids?: Gids | null;

  @Field(() => MijnInstrumentenFilter, { nullable: true, description: 'Een selectie zoals in de lijst van je instrumenten (tekst, status).' })
  filter?: MijnInstrumentenFilter | null;

  @Field(() => ExportFormaat, { defaultValue: ExportFormaat.JSON })
  formaat: ExportFormaat = ExportFormaat.JSON;
}

/** The most instruments one page of the streamed download holds: ten statements a page. */
export const MAX_EXPORT_PAGE = 1_000;

@ArgsType()
export class ExportInstrumentenPaginaArgs extends ExportInstrumentenArgs {
  @Field(() => Int, { nullable: true, description: `Hoeveel instrumenten, 1 tot ${MAX_EXPORT_PAGE} (standaard ${MAX_EXPORT_PAGE}).` })
  first?: number | null;

  @Field(() => ID, { nullable: true, description: 'De "volgende" van de vorige pagina.' })
  after?: string | null;
}

@ObjectType({ description: 'Een pagina van het exportbestand: het hele bestand is begin, de regels van alle pagina\'s met scheiding ertussen, en einde.' })
export class InstrumentenExportPagina {
  @Field(() => String)
  begin: string;

  @Field(() => [String])
  regels: string[];

  @Field(() => String)
  scheiding: string;

  @Field(() => String)
  einde: string;

  @Field(() => ID, { nullable: true, description: 'Waar de volgende pagina begint (after); null op de laatste.' })
  volgende: string | null;
}

@ArgsType()
export class ImportInstrumentenArgs {
  @Field(() => String, { description: 'De inhoud van het JSON-bestand (instrumentenformat/1).' })
  bestand: string;

  @Field(() => ID, { description: 'De organisatie waarin alles komt; de organisatie in het bestand telt niet.' })
  organisatieId: string;

  @Field(() => Boolean, { description: 'Alleen laten zien wat er zou gebeuren; er verandert niets.' })
  dryRun: boolean;
}

@ObjectType()
export class ImportProbleem {
  @Field(() => String, { nullable: true, description: 'Het veld in het bestand, zoals naam of kenmerken[2].' })
  veld: string | null;

  @Field(() => String)
  melding: string;
}

@ObjectType()
export class ImportResultaat {
  @Field(() => Int, { description: 'De plaats in het bestand, vanaf 0.' })
  index: number;

  @Field(() => String, { nullable: true })
  naam: string | null;

  @Field(() => ID, { nullable: true, description: 'Het instrument in deze omgeving (niet bij een proefimport van een nieuw instrument).' })
  instrumentId: string | null;

  @Field(() => ImportActie)
  actie: ImportActie;

  @Field(() => [ImportProbleem])
  problemen: ImportProbleem[];
}

@ObjectType()
export class ImportRapport {
  @Field(() => Boolean)
  dryRun: boolean;

  @Field(() => Int)
  aangemaakt: number;

  @Field(() => Int)
  gewijzigd: number;

  @Field(() => Int)
  ongewijzigd: number;

  @Field(() => Int)
  geweigerd: number;

  @Field(() => [ImportResultaat])
  instrumenten: ImportResultaat[];
}
