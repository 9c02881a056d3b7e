/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

export type InstrumentSearchQueryVariables = Exact<{
  gids: Gids;
  filter?: InstrumentFilter | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type InstrumentSearchQuery = { instrumentSearch: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, naam: string, samenvattingKort: string | null, aanbieder: { id: string, naam: string }, kenmerken: Array<{ categorie: { code: string, soort: KenmerkSoort }, kenmerken: Array<{ code: string, naam: string }> }> }>, facets: Array<{ categorie: { code: string, naam: string, soort: KenmerkSoort }, opties: Array<{ count: number, available: boolean, kenmerk: { code: string, naam: string, parent: { code: string } | null } }> }> } };

export const InstrumentCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"samenvattingKort"}},{"kind":"Field","name":{"kind":"Name","value":"aanbieder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kenmerken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categorie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kenmerken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentCardFragment, unknown>;
export const AreaRegiosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaRegios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<AreaRegiosQuery, AreaRegiosQueryVariables>;
export const AreaGemeentenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreaGemeenten"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regioCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gemeenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regioCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regioCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<AreaGemeentenQuery, AreaGemeentenQueryVariables>;
export const InstrumentSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstrumentSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gids"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Gids"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InstrumentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentSearch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gids"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InstrumentCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categorie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kenmerk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"available"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InstrumentCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"samenvattingKort"}},{"kind":"Field","name":{"kind":"Name","value":"aanbieder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kenmerken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"categorie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kenmerken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]} as unknown as DocumentNode<InstrumentSearchQuery, InstrumentSearchQueryVariables>;