/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** LOGIN_MISLUKT: verkeerd e-mailadres of wachtwoord, of een gedeactiveerd account. GEWEIGERD_DOOR_LIMIET: te veel pogingen, het wachtwoord is niet gecontroleerd. WACHTWOORD_ONJUIST: verkeerd huidig wachtwoord bij wachtwoord wijzigen. */
export type AccountGebeurtenisSoort =
  | 'API_SLEUTEL_AANGEMAAKT'
  | 'API_SLEUTEL_INGETROKKEN'
  | 'GEACTIVEERD'
  | 'GEBRUIKER_AANGEMAAKT'
  | 'GEDEACTIVEERD'
  | 'GEWEIGERD_DOOR_LIMIET'
  | 'LOGIN_GELUKT'
  | 'LOGIN_MISLUKT'
  | 'PROFIEL_GEWIJZIGD'
  | 'UITGELOGD'
  | 'WACHTWOORD_GEWIJZIGD'
  | 'WACHTWOORD_ONJUIST';

/** REGISTRATIECODES: de registratiecodes van instrumenten ophalen. DASHBOARD: de vragen van het datadashboard, zoals een regiobeheerder van de organisatie van de sleutel ze ziet. */
export type ApiKeyScope =
  | 'DASHBOARD'
  | 'REGISTRATIECODES';

/** Een nieuw account (alleen voor landelijk beheerders). */
export type CreateGebruikerInput = {
  email: string;
  naam: string;
  /** De organisaties (uit de catalogus) waar het account bij hoort. */
  organisatieIds: Array<string | number>;
  /** Het eerste wachtwoord, minimaal 12 tekens. */
  password: string;
  rol: Rol;
};

/** Wat de import met een instrument doet (of bij een proefimport zou doen). */
export type ImportActie =
  | 'AANMAKEN'
  | 'GEWEIGERD'
  | 'ONGEWIJZIGD'
  | 'WIJZIGEN';

/** Wat er in de prullenbak ligt. */
export type PrullenbakSoort =
  | 'AANBIEDER'
  | 'INSTRUMENT';

/** LANDELIJK_BEHEERDER: beheert alles en maakt accounts aan. REGIO_BEHEERDER: beheert de instrumenten van de eigen organisaties. PROFESSIONAL: klantmanager of adviseur. */
export type Rol =
  | 'LANDELIJK_BEHEERDER'
  | 'PROFESSIONAL'
  | 'REGIO_BEHEERDER';

export type AuditWijzigingFragment = { actie: string, velden: Array<string>, voor: Record<string, unknown> | null, na: Record<string, unknown> | null } & { ' $fragmentName'?: 'AuditWijzigingFragment' };

export type KeuzeOrganisatiesQueryVariables = Exact<{ [key: string]: never; }>;


export type KeuzeOrganisatiesQuery = { organisaties: Array<{ id: string, naam: string }> };

export type BeheerDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type BeheerDashboardQuery = { concept: { totalCount: number }, gepland: { totalCount: number }, gepubliceerd: { totalCount: number }, verlopen: { totalCount: number } };

export type WijzigProfielMutationVariables = Exact<{
  naam: string;
}>;


export type WijzigProfielMutation = { wijzigProfiel: { id: string, naam: string } };

export type WijzigWachtwoordMutationVariables = Exact<{
  huidigWachtwoord: string;
  nieuwWachtwoord: string;
}>;


export type WijzigWachtwoordMutation = { wijzigWachtwoord: boolean };

export type WijzigingenQueryVariables = Exact<{
  entiteitId?: string | number | null | undefined;
  organisatieId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WijzigingenQuery = { auditLog: { totalCount: number, nodes: Array<(
      { id: string, tijdstip: string, gebruikerId: string, entiteit: string, entiteitId: string, actie: string, door: { naam: string } | null }
      & { ' $fragmentRefs'?: { 'AuditWijzigingFragment': AuditWijzigingFragment } }
    )>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GebruikersQueryVariables = Exact<{
  zoek?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type GebruikersQuery = { gebruikers: { totalCount: number, nodes: Array<{ id: string, email: string, naam: string, rol: Rol, actief: boolean, organisaties: Array<{ id: string, naam: string }> }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AccountGebeurtenissenQueryVariables = Exact<{
  gebruikerId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountGebeurtenissenQuery = { accountGebeurtenissen: { totalCount: number, nodes: Array<{ id: string, tijdstip: string, soort: AccountGebeurtenisSoort, email: string | null, doorGebruikerId: string | null, clientAdres: string | null }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MaakGebruikerMutationVariables = Exact<{
  input: CreateGebruikerInput;
}>;


export type MaakGebruikerMutation = { createGebruiker: { id: string, naam: string } };

export type DeactiveerGebruikerMutationVariables = Exact<{
  id: string | number;
}>;


export type DeactiveerGebruikerMutation = { deactiveerGebruiker: { id: string, actief: boolean } };

export type ActiveerGebruikerMutationVariables = Exact<{
  id: string | number;
}>;


export type ActiveerGebruikerMutation = { activeerGebruiker: { id: string, actief: boolean } };

export type ApiSleutelsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiSleutelsQuery = { apiKeys: Array<{ id: string, naam: string, scopes: Array<ApiKeyScope>, prefix: string, createdAt: string, verlooptOp: string | null, lastUsedAt: string | null, revokedAt: string | null, organisatie: { id: string, naam: string } }> };

export type MaakApiSleutelMutationVariables = Exact<{
  organisatieId: string | number;
  naam: string;
  scopes?: Array<ApiKeyScope> | ApiKeyScope | null | undefined;
  verlooptOp?: string | null | undefined;
}>;


export type MaakApiSleutelMutation = { createApiKey: { key: string, apiKey: { id: string, naam: string } } };

export type TrekApiSleutelInMutationVariables = Exact<{
  id: string | number;
}>;


export type TrekApiSleutelInMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type PrullenbakQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PrullenbakQuery = { prullenbak: { totalCount: number, nodes: Array<{ id: string, soort: PrullenbakSoort, naam: string, verwijderdOp: string, verwijderdDoor: string | null, purgeOp: string, organisatie: { id: string, naam: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TerugzettenInstrumentMutationVariables = Exact<{
  id: string | number;
}>;


export type TerugzettenInstrumentMutation = { restoreInstrument: { id: string, naam: string } };

export type TerugzettenAanbiederMutationVariables = Exact<{
  id: string | number;
}>;


export type TerugzettenAanbiederMutation = { restoreAanbieder: { id: string, naam: string } };

export type ReviewRijFragment = { id: string, sterren: number, tekst: string | null, createdAt: string, verborgen: boolean, verbergReden: string | null, auteur: { naam: string }, instrument: { id: string, naam: string } } & { ' $fragmentName'?: 'ReviewRijFragment' };

export type BeheerReviewsQueryVariables = Exact<{
  verborgen?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BeheerReviewsQuery = { beheerReviews: { totalCount: number, nodes: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'ReviewRijFragment': ReviewRijFragment } }
    )>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VerbergReviewMutationVariables = Exact<{
  id: string | number;
  reden: string;
}>;


export type VerbergReviewMutation = { hideReview: { id: string, verborgen: boolean, verbergReden: string | null } };

export type ImporteerInstrumentenMutationVariables = Exact<{
  bestand: string;
  organisatieId: string | number;
  dryRun: boolean;
}>;


export type ImporteerInstrumentenMutation = { importInstrumenten: { dryRun: boolean, aangemaakt: number, gewijzigd: number, ongewijzigd: number, geweigerd: number, instrumenten: Array<{ index: number, naam: string | null, instrumentId: string | null, actie: ImportActie, problemen: Array<{ veld: string | null, melding: string }> }> } };

export type SessieQueryVariables = Exact<{ [key: string]: never; }>;


export type SessieQuery = { me: { id: string, naam: string, email: string, rol: Rol, organisaties: Array<{ id: string, naam: string }> } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { gebruiker: { id: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export const AuditWijzigingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditWijziging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actie"}},{"kind":"Field","name":{"kind":"Name","value":"velden"}},{"kind":"Field","name":{"kind":"Name","value":"voor"}},{"kind":"Field","name":{"kind":"Name","value":"na"}}]}}]} as unknown as DocumentNode<AuditWijzigingFragment, unknown>;
export const ReviewRijFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRij"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sterren"}},{"kind":"Field","name":{"kind":"Name","value":"tekst"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"verborgen"}},{"kind":"Field","name":{"kind":"Name","value":"verbergReden"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<ReviewRijFragment, unknown>;
export const KeuzeOrganisatiesDocument = {"__meta__":{"hash":"sha256:979da75ac032c88c7e5747cf4321a8c813d910bb526ce103ffd1fef2e1907785"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeuzeOrganisaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<KeuzeOrganisatiesQuery, KeuzeOrganisatiesQueryVariables>;
export const BeheerDashboardDocument = {"__meta__":{"hash":"sha256:4451044a76a950f679f2fb4f40c95f48ae40ef4dce953300260ca4ed99d200f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeheerDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"concept"},"name":{"kind":"Name","value":"mijnInstrumenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CONCEPT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gepland"},"name":{"kind":"Name","value":"mijnInstrumenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"GEPLAND"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gepubliceerd"},"name":{"kind":"Name","value":"mijnInstrumenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"GEPUBLICEERD"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"verlopen"},"name":{"kind":"Name","value":"mijnInstrumenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VERLOPEN"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BeheerDashboardQuery, BeheerDashboardQueryVariables>;
export const WijzigProfielDocument = {"__meta__":{"hash":"sha256:fd89aa82f5658497f502f5671793c63b6a9e957629eef30073e2c04e3f11fe8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WijzigProfiel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"naam"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wijzigProfiel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"naam"},"value":{"kind":"Variable","name":{"kind":"Name","value":"naam"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<WijzigProfielMutation, WijzigProfielMutationVariables>;
export const WijzigWachtwoordDocument = {"__meta__":{"hash":"sha256:ba79df5e5bf5da8936229d418cdbfb0d53091fff7210e74a5979dbae2825ae7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WijzigWachtwoord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"huidigWachtwoord"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nieuwWachtwoord"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wijzigWachtwoord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"huidigWachtwoord"},"value":{"kind":"Variable","name":{"kind":"Name","value":"huidigWachtwoord"}}},{"kind":"Argument","name":{"kind":"Name","value":"nieuwWachtwoord"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nieuwWachtwoord"}}}]}]}}]} as unknown as DocumentNode<WijzigWachtwoordMutation, WijzigWachtwoordMutationVariables>;
export const WijzigingenDocument = {"__meta__":{"hash":"sha256:d1fb3170c82ac7d6aca916102da70aed36166ee8cd0f93c21629ef61a35be81c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Wijzigingen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entiteitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisatieId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entiteitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entiteitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisatieId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisatieId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tijdstip"}},{"kind":"Field","name":{"kind":"Name","value":"gebruikerId"}},{"kind":"Field","name":{"kind":"Name","value":"door"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entiteit"}},{"kind":"Field","name":{"kind":"Name","value":"entiteitId"}},{"kind":"Field","name":{"kind":"Name","value":"actie"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditWijziging"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditWijziging"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actie"}},{"kind":"Field","name":{"kind":"Name","value":"velden"}},{"kind":"Field","name":{"kind":"Name","value":"voor"}},{"kind":"Field","name":{"kind":"Name","value":"na"}}]}}]} as unknown as DocumentNode<WijzigingenQuery, WijzigingenQueryVariables>;
export const GebruikersDocument = {"__meta__":{"hash":"sha256:348ec4df0e1ea960001cc3a040307cef07cc17b96b773f97921bf98e5d6ff50c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gebruikers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gebruikers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"zoek"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoek"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"rol"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}},{"kind":"Field","name":{"kind":"Name","value":"organisaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<GebruikersQuery, GebruikersQueryVariables>;
export const AccountGebeurtenissenDocument = {"__meta__":{"hash":"sha256:861393be725a84d7f0c60e567cfbfae25efaf7b828b55b4932d169a1d0b35e58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountGebeurtenissen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountGebeurtenissen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gebruikerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gebruikerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tijdstip"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"doorGebruikerId"}},{"kind":"Field","name":{"kind":"Name","value":"clientAdres"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<AccountGebeurtenissenQuery, AccountGebeurtenissenQueryVariables>;
export const MaakGebruikerDocument = {"__meta__":{"hash":"sha256:86ee3550836f3f948dd0eaec6cf4262d90c2a7b61f122e7b2a49f7b11308fca1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MaakGebruiker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGebruikerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGebruiker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<MaakGebruikerMutation, MaakGebruikerMutationVariables>;
export const DeactiveerGebruikerDocument = {"__meta__":{"hash":"sha256:9e1cebc875c6c2d87e79f22ad40f2d0161f448520feb41c01da6f986e6cef2a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactiveerGebruiker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactiveerGebruiker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}}]}}]}}]} as unknown as DocumentNode<DeactiveerGebruikerMutation, DeactiveerGebruikerMutationVariables>;
export const ActiveerGebruikerDocument = {"__meta__":{"hash":"sha256:4d904fb128d21be21a83ea552e79c6c12c8b48be7c239bb088f875258a95442c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActiveerGebruiker"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeerGebruiker"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actief"}}]}}]}}]} as unknown as DocumentNode<ActiveerGebruikerMutation, ActiveerGebruikerMutationVariables>;
export const ApiSleutelsDocument = {"__meta__":{"hash":"sha256:f0d069a0aa1a4bfbad87f3d4c9ddd6011568a713effc08d782903a7a2dd32405"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiSleutels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"verlooptOp"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]} as unknown as DocumentNode<ApiSleutelsQuery, ApiSleutelsQueryVariables>;
export const MaakApiSleutelDocument = {"__meta__":{"hash":"sha256:08a29fb7fc62aea85a3e03d4fd43781aa215df664b4380274ee8446e094d6c1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MaakApiSleutel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisatieId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"naam"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyScope"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verlooptOp"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisatieId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisatieId"}}},{"kind":"Argument","name":{"kind":"Name","value":"naam"},"value":{"kind":"Variable","name":{"kind":"Name","value":"naam"}}},{"kind":"Argument","name":{"kind":"Name","value":"scopes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scopes"}}},{"kind":"Argument","name":{"kind":"Name","value":"verlooptOp"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verlooptOp"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]} as unknown as DocumentNode<MaakApiSleutelMutation, MaakApiSleutelMutationVariables>;
export const TrekApiSleutelInDocument = {"__meta__":{"hash":"sha256:39610a350131ac026a9a5b7686cd050c22caa3bbdd717e67d298e7fbf38bd855"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrekApiSleutelIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<TrekApiSleutelInMutation, TrekApiSleutelInMutationVariables>;
export const PrullenbakDocument = {"__meta__":{"hash":"sha256:35a597cc5c8e2dc67cac047b557490874e93091c76a7746d714858320faa79df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Prullenbak"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prullenbak"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"verwijderdOp"}},{"kind":"Field","name":{"kind":"Name","value":"verwijderdDoor"}},{"kind":"Field","name":{"kind":"Name","value":"purgeOp"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PrullenbakQuery, PrullenbakQueryVariables>;
export const TerugzettenInstrumentDocument = {"__meta__":{"hash":"sha256:47cd8d0a0ebfbd7fddb951110fe1c5588ba1600ecdf1a11aebadd996d8fd33a5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerugzettenInstrument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreInstrument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<TerugzettenInstrumentMutation, TerugzettenInstrumentMutationVariables>;
export const TerugzettenAanbiederDocument = {"__meta__":{"hash":"sha256:a671c7b59e027b41079bfb25d04a857c40fe255eaf602dfc542f4404290a9f36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerugzettenAanbieder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreAanbieder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<TerugzettenAanbiederMutation, TerugzettenAanbiederMutationVariables>;
export const BeheerReviewsDocument = {"__meta__":{"hash":"sha256:3851f300c5505ecb7ff9b77b64ea2c2dc76caa2f4193f3d2dc98b4495cdeba5d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeheerReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"verborgen"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beheerReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"verborgen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"verborgen"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReviewRij"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReviewRij"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Review"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sterren"}},{"kind":"Field","name":{"kind":"Name","value":"tekst"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"verborgen"}},{"kind":"Field","name":{"kind":"Name","value":"verbergReden"}},{"kind":"Field","name":{"kind":"Name","value":"auteur"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instrument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<BeheerReviewsQuery, BeheerReviewsQueryVariables>;
export const VerbergReviewDocument = {"__meta__":{"hash":"sha256:cb6baecbac5f7082278b5b006a16664d64408c3bab08653a3bdfb8af268107b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerbergReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reden"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hideReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reden"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reden"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"verborgen"}},{"kind":"Field","name":{"kind":"Name","value":"verbergReden"}}]}}]}}]} as unknown as DocumentNode<VerbergReviewMutation, VerbergReviewMutationVariables>;
export const ImporteerInstrumentenDocument = {"__meta__":{"hash":"sha256:0cf9f6ccf7e0e3445324fc4c6074f9d69f508a27171c6a5b2cc73b8a0e9043b7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImporteerInstrumenten"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bestand"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisatieId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importInstrumenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bestand"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bestand"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisatieId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisatieId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"aangemaakt"}},{"kind":"Field","name":{"kind":"Name","value":"gewijzigd"}},{"kind":"Field","name":{"kind":"Name","value":"ongewijzigd"}},{"kind":"Field","name":{"kind":"Name","value":"geweigerd"}},{"kind":"Field","name":{"kind":"Name","value":"instrumenten"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentId"}},{"kind":"Field","name":{"kind":"Name","value":"actie"}},{"kind":"Field","name":{"kind":"Name","value":"problemen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"veld"}},{"kind":"Field","name":{"kind":"Name","value":"melding"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImporteerInstrumentenMutation, ImporteerInstrumentenMutationVariables>;
export const SessieDocument = {"__meta__":{"hash":"sha256:d3f496254fa6f780fb0809b9e82010e402eb130525a2da902a1f50ac444cae81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sessie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"rol"}},{"kind":"Field","name":{"kind":"Name","value":"organisaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]} as unknown as DocumentNode<SessieQuery, SessieQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:64e847d913fc6cd2a81d9cdc7820a0dcf59b1130a192a82d22a9af00bf8bb000"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gebruiker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"sha256:cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;