/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ContactSoort =
  | 'EXTERN'
  | 'INTERN';

export type DuurEenheid =
  | 'DAG'
  | 'MAAND'
  | 'UUR'
  | 'WEEK';

/** Hoogstens zo lang, in een eenheid naar keuze (bijv. 6 WEEK). */
export type DuurFilter = {
  eenheid: DuurEenheid;
  waarde: number;
};

/** EVA: werkzoekenden instrumentengids. DENNIS: werkgevers instrumentengids. */
export type Gids =
  | 'DENNIS'
  | 'EVA';

/** Beperk de instrumenten. Kenmerken binnen één categorie tellen als "of", verschillende categorieën en de overige voorwaarden als "en". */
export type InstrumentFilter = {
  aanbiederId?: string | number | null | undefined;
  /** Gemeente (GM0363): landelijk, de eigen arbeidsmarktregio, de gemeente en haar wijken. */
  gemeente?: string | number | null | undefined;
  /** Alleen voor instruments; instrumentSearch krijgt de gids als argument. */
  gids?: Gids | null | undefined;
  /** Kenmerkcodes (bijv. EW02, KK08). Een bovenliggend kenmerk (KK15) vindt ook de onderliggende. */
  kenmerken?: Array<string> | null | undefined;
  /** Totale duur hoogstens dit; instrumenten zonder bekende duur vallen af. */
  maxDuur?: DuurFilter | null | undefined;
  /** Intensiteit hoogstens zoveel uur per week. */
  maxIntensiteit?: number | null | undefined;
  /** Totale kosten hoogstens dit bedrag in euro; instrumenten zonder bekende kosten vallen af. */
  maxKosten?: string | null | undefined;
  /** Intensiteit minstens zoveel uur per week. */
  minIntensiteit?: number | null | undefined;
  organisatieId?: string | number | null | undefined;
  /** Arbeidsmarktregio (AM18): landelijke instrumenten en die in de regio, haar gemeenten of wijken. */
  regio?: string | number | null | undefined;
  /** Zoektekst: naam, samenvatting, doel, werkwijze en aanbieder; Nederlandse woordvormen, tikfouten en begin van woorden tellen mee. */
  tekst?: string | null | undefined;
  /** Wijk: landelijk, de regio en gemeente van de wijk, en de wijk zelf. */
  wijk?: string | number | null | undefined;
};

/** RELEVANTIE (standaard als er tekst is; zonder tekst geldt NAAM), NAAM (alfabet) of NIEUWSTE (laatst toegevoegd eerst). */
export type InstrumentSort =
  | 'NAAM'
  | 'NIEUWSTE'
  | 'RELEVANTIE';

/** Dennis onderscheidt instrumenten en leerwerktrajecten. */
export type InstrumentType =
  | 'INSTRUMENT'
  | 'LEERWERKTRAJECT';

/** Basiskenmerken (stap 1 van methodisch zoeken) of praktische kenmerken (stap 2). */
export type KenmerkSoort =
  | 'BASIS'
  | 'PRAKTISCH';

export type AreaRegiosQueryVariables = Exact<{ [key: string]: never; }>;


export type AreaRegiosQuery = { regios: Array<{ code: string, naam: string }> };

export type AreaGemeentenQueryVariables = Exact<{
  regioCode: string | number;
}>;


export type AreaGemeentenQuery = { gemeenten: Array<{ code: string, naam: string }> };

export type InstrumentCardFragment = { id: string, naam: string, samenvattingKort: string | null, aanbieder: { id: string, naam: string }, kenmerken: Array<{ categorie: { code: string, soort: KenmerkSoort }, kenmerken: Array<{ code: string, naam: string }> }> };

export type InstrumentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type InstrumentDetailQuery = { instrument: { id: string, gids: Gids, type: InstrumentType, naam: string, samenvatting: string | null, korteBeschrijving: string | null, doel: string | null, werkwijze: string | null, onderscheidendeAanpak: string | null, voorwaardenDeelname: string | null, werkafspraken: string | null, samenwerkingspartners: string | null, toelichtingDoelgroep: string | null, aanvullendeInformatie: string | null, aanmeldinstructies: string | null, totaleDuur: number | null, duurEenheid: DuurEenheid | null, toelichtingDuur: string | null, intensiteit: number | null, toelichtingIntensiteit: string | null, totaleKosten: string | null, toelichtingKosten: string | null, beschrijving: string | null, aanvragen: string | null, voorwaarden: string | null, aanbieder: { id: string, naam: string, website: string | null }, organisatie: { id: string, naam: string }, kenmerken: Array<{ categorie: { code: string, naam: string }, kenmerken: Array<{ code: string, naam: string }> }>, beschikbareGebieden: { landelijk: boolean, regios: Array<{ code: string, naam: string }>, gemeenten: Array<{ code: string, naam: string }>, wijken: Array<{ id: string, naam: string }> }, contactpersonen: Array<{ soort: ContactSoort, label: string | null, contactpersoon: { id: string, naam: string, telefoon: string | null, email: string | null } }>, locaties: Array<{ id: string, naam: string, inGebruik: boolean, beschrijving: string | null, adres: { straat: string, huisnummer: string, postcode: string, plaats: string } | null }>, links: Array<{ id: string, label: string, url: string }>, videos: Array<{ id: string, label: string | null, youtubeId: string }>, registratiecodes: Array<{ id: string, code: string, label: string | null }> } };

export type InstrumentSearchQueryVariables = Exact<{
  gids: Gids;
  filter?: InstrumentFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
  sort?: InstrumentSort | null | undefined;
}>;


export type InstrumentSearchQuery = { instrumentSearch: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, naam: string, samenvattingKort: string | null, aanbieder: { id: string, naam: string }, kenmerken: Array<{ categorie: { code: string, soort: KenmerkSoort }, kenmerken: Array<{ code: string, naam: string }> }> }>, facets: Array<{ categorie: { code: string, naam: string, soort: KenmerkSoort }, opties: Array<{ count: number, available: boolean, kenmerk: { code: string, naam: string, parent: { code: string } | null } }> }> } };

export const InstrumentCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"samenvattingKort"}},{"kind":"Field","name":{"kind":"Name","value":"aanbieder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kenmerken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categorie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kenmerken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentCardFragment, unknown>;
export const AreaRegiosDocument = {"__meta__":{"hash":"sha256:eb5abda25b85f2a1c4d6559b8a1c4018615114da3afa1f146d5de1c3654ccc40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaRegios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<AreaRegiosQuery, AreaRegiosQueryVariables>;
export const AreaGemeentenDocument = {"__meta__":{"hash":"sha256:0a44e7a2787953a678dd496bc597c96824f2f81e14df536ab5283e065865a29e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaGemeenten"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regioCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gemeenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regioCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regioCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<AreaGemeentenQuery, AreaGemeentenQueryVariables>;
export const InstrumentDetailDocument = {"__meta__":{"hash":"sha256:94fdd7fff881756e25fddc8f47909e5cff84115f3b49b187f066bad298865669"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gids"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"samenvatting"}},{"kind":"Field","name":{"kind":"Name","value":"korteBeschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"doel"}},{"kind":"Field","name":{"kind":"Name","value":"werkwijze"}},{"kind":"Field","name":{"kind":"Name","value":"onderscheidendeAanpak"}},{"kind":"Field","name":{"kind":"Name","value":"voorwaardenDeelname"}},{"kind":"Field","name":{"kind":"Name","value":"werkafspraken"}},{"kind":"Field","name":{"kind":"Name","value":"samenwerkingspartners"}},{"kind":"Field","name":{"kind":"Name","value":"toelichtingDoelgroep"}},{"kind":"Field","name":{"kind":"Name","value":"aanvullendeInformatie"}},{"kind":"Field","name":{"kind":"Name","value":"aanmeldinstructies"}},{"kind":"Field","name":{"kind":"Name","value":"totaleDuur"}},{"kind":"Field","name":{"kind":"Name","value":"duurEenheid"}},{"kind":"Field","name":{"kind":"Name","value":"toelichtingDuur"}},{"kind":"Field","name":{"kind":"Name","value":"intensiteit"}},{"kind":"Field","name":{"kind":"Name","value":"toelichtingIntensiteit"}},{"kind":"Field","name":{"kind":"Name","value":"totaleKosten"}},{"kind":"Field","name":{"kind":"Name","value":"toelichtingKosten"}},{"kind":"Field","name":{"kind":"Name","value":"beschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"aanvragen"}},{"kind":"Field","name":{"kind":"Name","value":"voorwaarden"}},{"kind":"Field","name":{"kind":"Name","value":"aanbieder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kenmerken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categorie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kenmerken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"beschikbareGebieden"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"landelijk"}},{"kind":"Field","name":{"kind":"Name","value":"regios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gemeenten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"wijken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactpersonen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactpersoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"locaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"inGebruik"}},{"kind":"Field","name":{"kind":"Name","value":"beschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"adres"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"straat"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummer"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"plaats"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"videos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"youtubeId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registratiecodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentDetailQuery, InstrumentDetailQueryVariables>;
export const InstrumentSearchDocument = {"__meta__":{"hash":"sha256:6adb60baa464ec0d7b7b4beac058f89aa6f04a01f190b6ef14e39ff872e6bdc5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gids"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Gids"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gids"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categorie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kenmerk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"samenvattingKort"}},{"kind":"Field","name":{"kind":"Name","value":"aanbieder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kenmerken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categorie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kenmerken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentSearchQuery, InstrumentSearchQueryVariables>;