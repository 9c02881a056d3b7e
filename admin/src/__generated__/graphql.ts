/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ContactSoort =
  | 'EXTERN'
  | 'INTERN';

export type ContactpersoonKoppelingInput = {
  contactpersoonId: string | number;
  label?: string | null | undefined;
  soort: ContactSoort;
};

/** Een nieuwe aanbieder (de partij die instrumenten uitvoert). */
export type CreateAanbiederInput = {
  email?: string | null | undefined;
  naam: string;
  /** De beherende organisatie. */
  organisatieId: string | number;
  telefoon?: string | null | undefined;
  /** Begint met http:// of https://. */
  website?: string | null | undefined;
};

/** Een nieuw adres, één keer ingevoerd en vaker te gebruiken bij locaties. */
export type CreateAdresInput = {
  huisnummer: string;
  organisatieId: string | number;
  plaats: string;
  /** Zoals 1234 AB. */
  postcode: string;
  straat: string;
};

/** Een nieuwe contactpersoon, één keer ingevoerd en vaker te koppelen. */
export type CreateContactpersoonInput = {
  email?: string | null | undefined;
  naam: string;
  organisatieId: string | number;
  telefoon?: string | null | undefined;
};

/** Een eigen doelgroep van een organisatie. */
export type CreateDoelgroepInput = {
  beschrijving?: string | null | undefined;
  /** EVA_DOELGROEP of DENNIS_DOELGROEP. */
  categorie: string;
  naam: string;
  organisatieId: string | number;
};

/** Een nieuwe wijk in een gemeente. */
export type CreateWijkInput = {
  /** Gemeentecode, zoals GM0363. */
  gemeenteCode: string | number;
  naam: string;
  organisatieId: string | number;
};

/** EVA: werkzoekenden instrumentengids. DENNIS: werkgevers instrumentengids. */
export type Gids =
  | 'DENNIS'
  | 'EVA';

/** CONCEPT (niet gepubliceerd), GEPLAND (publicatie begint later), GEPUBLICEERD (nu zichtbaar) of VERLOPEN (periode voorbij). */
export type InstrumentStatus =
  | 'CONCEPT'
  | 'GEPLAND'
  | 'GEPUBLICEERD'
  | 'VERLOPEN';

/** LANDELIJK_BEHEERDER: beheert alles en maakt accounts aan. REGIO_BEHEERDER: beheert de instrumenten van de eigen organisaties. PROFESSIONAL: klantmanager of adviseur. */
export type Rol =
  | 'LANDELIJK_BEHEERDER'
  | 'PROFESSIONAL'
  | 'REGIO_BEHEERDER';

/** Wijzig alleen de meegegeven velden; null maakt een veld leeg. */
export type UpdateAanbiederInput = {
  email?: string | null | undefined;
  naam?: string | null | undefined;
  /** Verhuis de aanbieder naar een andere organisatie die je beheert. */
  organisatieId?: string | number | null | undefined;
  telefoon?: string | null | undefined;
  website?: string | null | undefined;
};

/** Wijzig alleen de meegegeven velden. */
export type UpdateAdresInput = {
  huisnummer?: string | null | undefined;
  organisatieId?: string | number | null | undefined;
  plaats?: string | null | undefined;
  postcode?: string | null | undefined;
  straat?: string | null | undefined;
};

/** Wijzig alleen de meegegeven velden; null maakt een veld leeg. */
export type UpdateContactpersoonInput = {
  email?: string | null | undefined;
  naam?: string | null | undefined;
  organisatieId?: string | number | null | undefined;
  telefoon?: string | null | undefined;
};

/** Wijzig alleen de meegegeven velden. */
export type UpdateDoelgroepInput = {
  beschrijving?: string | null | undefined;
  naam?: string | null | undefined;
};

/** Wijzig alleen de meegegeven velden. */
export type UpdateWijkInput = {
  gemeenteCode?: string | number | null | undefined;
  naam?: string | null | undefined;
  organisatieId?: string | number | null | undefined;
};

export type EigenOrganisatiesQueryVariables = Exact<{ [key: string]: never; }>;


export type EigenOrganisatiesQuery = { organisaties: Array<{ id: string, naam: string, regioCode: string | null }> };

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

export type AanbiederVeldenFragment = { id: string, naam: string, website: string | null, email: string | null, telefoon: string | null, version: number, organisatie: { id: string, naam: string } } & { ' $fragmentName'?: 'AanbiederVeldenFragment' };

export type AanbiederContactpersonenFragment = { id: string, version: number, contactpersonen: Array<{ soort: ContactSoort, label: string | null, contactpersoon: { id: string, naam: string, email: string | null, telefoon: string | null } }> } & { ' $fragmentName'?: 'AanbiederContactpersonenFragment' };

export type BeheerAanbiedersQueryVariables = Exact<{ [key: string]: never; }>;


export type BeheerAanbiedersQuery = { beheerAanbieders: Array<{ ' $fragmentRefs'?: { 'AanbiederVeldenFragment': AanbiederVeldenFragment } }> };

export type BeheerAanbiederQueryVariables = Exact<{
  id: string | number;
}>;


export type BeheerAanbiederQuery = { aanbieder: { ' $fragmentRefs'?: { 'AanbiederVeldenFragment': AanbiederVeldenFragment;'AanbiederContactpersonenFragment': AanbiederContactpersonenFragment } } };

export type AanbiederInstrumentenQueryVariables = Exact<{
  aanbiederId: string | number;
}>;


export type AanbiederInstrumentenQuery = { mijnInstrumenten: { totalCount: number, nodes: Array<{ id: string, naam: string, gids: Gids, status: InstrumentStatus }> } };

export type KoppelbareInstrumentenQueryVariables = Exact<{
  tekst?: string | null | undefined;
}>;


export type KoppelbareInstrumentenQuery = { mijnInstrumenten: { totalCount: number, nodes: Array<{ id: string, naam: string, version: number, aanbieder: { id: string, naam: string } }> } };

export type AanbiederContactpersoonKeuzeQueryVariables = Exact<{ [key: string]: never; }>;


export type AanbiederContactpersoonKeuzeQuery = { beheerContactpersonen: Array<{ id: string, naam: string }> };

export type CreateAanbiederMutationVariables = Exact<{
  input: CreateAanbiederInput;
}>;


export type CreateAanbiederMutation = { createAanbieder: { ' $fragmentRefs'?: { 'AanbiederVeldenFragment': AanbiederVeldenFragment } } };

export type UpdateAanbiederMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateAanbiederInput;
}>;


export type UpdateAanbiederMutation = { updateAanbieder: { ' $fragmentRefs'?: { 'AanbiederVeldenFragment': AanbiederVeldenFragment } } };

export type DeleteAanbiederMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteAanbiederMutation = { deleteAanbieder: boolean };

export type SetAanbiederContactpersonenMutationVariables = Exact<{
  aanbiederId: string | number;
  version?: number | null | undefined;
  contactpersonen: Array<ContactpersoonKoppelingInput> | ContactpersoonKoppelingInput;
}>;


export type SetAanbiederContactpersonenMutation = { setAanbiederContactpersonen: { ' $fragmentRefs'?: { 'AanbiederVeldenFragment': AanbiederVeldenFragment;'AanbiederContactpersonenFragment': AanbiederContactpersonenFragment } } };

export type KoppelInstrumentAanAanbiederMutationVariables = Exact<{
  aanbiederId: string | number;
  instrumentId: string | number;
  version: number;
}>;


export type KoppelInstrumentAanAanbiederMutation = { koppelInstrumentAanAanbieder: { id: string, version: number, aanbieder: { id: string } } };

export type AdresVeldenFragment = { id: string, straat: string, huisnummer: string, postcode: string, plaats: string, version: number } & { ' $fragmentName'?: 'AdresVeldenFragment' };

export type BeheerAdressenQueryVariables = Exact<{ [key: string]: never; }>;


export type BeheerAdressenQuery = { beheerAdressen: Array<{ ' $fragmentRefs'?: { 'AdresVeldenFragment': AdresVeldenFragment } }> };

export type CreateAdresMutationVariables = Exact<{
  input: CreateAdresInput;
}>;


export type CreateAdresMutation = { createAdres: { ' $fragmentRefs'?: { 'AdresVeldenFragment': AdresVeldenFragment } } };

export type UpdateAdresMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateAdresInput;
}>;


export type UpdateAdresMutation = { updateAdres: { ' $fragmentRefs'?: { 'AdresVeldenFragment': AdresVeldenFragment } } };

export type DeleteAdresMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteAdresMutation = { deleteAdres: boolean };

export type ContactpersoonVeldenFragment = { id: string, naam: string, email: string | null, telefoon: string | null, version: number } & { ' $fragmentName'?: 'ContactpersoonVeldenFragment' };

export type BeheerContactpersonenQueryVariables = Exact<{ [key: string]: never; }>;


export type BeheerContactpersonenQuery = { beheerContactpersonen: Array<{ ' $fragmentRefs'?: { 'ContactpersoonVeldenFragment': ContactpersoonVeldenFragment } }> };

export type CreateContactpersoonMutationVariables = Exact<{
  input: CreateContactpersoonInput;
}>;


export type CreateContactpersoonMutation = { createContactpersoon: { ' $fragmentRefs'?: { 'ContactpersoonVeldenFragment': ContactpersoonVeldenFragment } } };

export type UpdateContactpersoonMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateContactpersoonInput;
}>;


export type UpdateContactpersoonMutation = { updateContactpersoon: { ' $fragmentRefs'?: { 'ContactpersoonVeldenFragment': ContactpersoonVeldenFragment } } };

export type DeleteContactpersoonMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteContactpersoonMutation = { deleteContactpersoon: boolean };

export type ContactpersoonBijAanbiedersQueryVariables = Exact<{ [key: string]: never; }>;


export type ContactpersoonBijAanbiedersQuery = { beheerAanbieders: Array<{ id: string, naam: string, contactpersonen: Array<{ contactpersoon: { id: string } }> }> };

export type DoelgroepVeldenFragment = { code: string, naam: string, beschrijving: string | null, version: number, organisatie: { id: string, naam: string } | null } & { ' $fragmentName'?: 'DoelgroepVeldenFragment' };

export type BeheerDoelgroepenQueryVariables = Exact<{ [key: string]: never; }>;


export type BeheerDoelgroepenQuery = { kenmerkCategorieen: Array<{ code: string, naam: string, gids: Gids, perOrganisatie: boolean, kenmerken: Array<(
      { code: string, organisatie: { id: string } | null }
      & { ' $fragmentRefs'?: { 'DoelgroepVeldenFragment': DoelgroepVeldenFragment } }
    )> }> };

export type CreateDoelgroepMutationVariables = Exact<{
  input: CreateDoelgroepInput;
}>;


export type CreateDoelgroepMutation = { createDoelgroep: { ' $fragmentRefs'?: { 'DoelgroepVeldenFragment': DoelgroepVeldenFragment } } };

export type UpdateDoelgroepMutationVariables = Exact<{
  code: string | number;
  version: number;
  input: UpdateDoelgroepInput;
}>;


export type UpdateDoelgroepMutation = { updateDoelgroep: { ' $fragmentRefs'?: { 'DoelgroepVeldenFragment': DoelgroepVeldenFragment } } };

export type DeleteDoelgroepMutationVariables = Exact<{
  code: string | number;
  version: number;
}>;


export type DeleteDoelgroepMutation = { deleteDoelgroep: boolean };

export type WijkVeldenFragment = { id: string, naam: string, version: number, gemeente: { code: string, naam: string } } & { ' $fragmentName'?: 'WijkVeldenFragment' };

export type WijkRegiosQueryVariables = Exact<{ [key: string]: never; }>;


export type WijkRegiosQuery = { regios: Array<{ code: string, naam: string }> };

export type WijkGemeentenQueryVariables = Exact<{
  regioCode: string | number;
}>;


export type WijkGemeentenQuery = { gemeenten: Array<{ code: string, naam: string, regio: { code: string } }> };

export type BeheerWijkenQueryVariables = Exact<{
  gemeenteCode: string | number;
}>;


export type BeheerWijkenQuery = { beheerWijken: Array<{ ' $fragmentRefs'?: { 'WijkVeldenFragment': WijkVeldenFragment } }> };

export type CreateWijkMutationVariables = Exact<{
  input: CreateWijkInput;
}>;


export type CreateWijkMutation = { createWijk: { ' $fragmentRefs'?: { 'WijkVeldenFragment': WijkVeldenFragment } } };

export type UpdateWijkMutationVariables = Exact<{
  id: string | number;
  version: number;
  input: UpdateWijkInput;
}>;


export type UpdateWijkMutation = { updateWijk: { ' $fragmentRefs'?: { 'WijkVeldenFragment': WijkVeldenFragment } } };

export type DeleteWijkMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteWijkMutation = { deleteWijk: boolean };

export type SessieQueryVariables = Exact<{ [key: string]: never; }>;


export type SessieQuery = { me: { id: string, naam: string, email: string, rol: Rol, organisaties: Array<{ id: string, naam: string }> } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { gebruiker: { id: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export const AanbiederVeldenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AanbiederVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aanbieder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<AanbiederVeldenFragment, unknown>;
export const AanbiederContactpersonenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AanbiederContactpersonen"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aanbieder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contactpersonen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactpersoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}}]}}]}}]}}]} as unknown as DocumentNode<AanbiederContactpersonenFragment, unknown>;
export const AdresVeldenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdresVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adres"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"straat"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummer"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"plaats"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AdresVeldenFragment, unknown>;
export const ContactpersoonVeldenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactpersoonVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contactpersoon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ContactpersoonVeldenFragment, unknown>;
export const DoelgroepVeldenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoelgroepVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kenmerk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"beschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<DoelgroepVeldenFragment, unknown>;
export const WijkVeldenFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WijkVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wijk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<WijkVeldenFragment, unknown>;
export const EigenOrganisatiesDocument = {"__meta__":{"hash":"sha256:bbf2c322b9cb79f0e7b1917a18b6d5e159520b74f0a3387bfebfec0cb0bff91e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EigenOrganisaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"regioCode"}}]}}]}}]} as unknown as DocumentNode<EigenOrganisatiesQuery, EigenOrganisatiesQueryVariables>;
export const BeheerDashboardDocument = {"__meta__":{"hash":"sha256:4451044a76a950f679f2fb4f40c95f48ae40ef4dce953300260ca4ed99d200f7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeheerDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"concept"},"name":{"kind":"Name","value":"mijnInstrumenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"CONCEPT"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gepland"},"name":{"kind":"Name","value":"mijnInstrumenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"GEPLAND"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gepubliceerd"},"name":{"kind":"Name","value":"mijnInstrumenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"GEPUBLICEERD"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"verlopen"},"name":{"kind":"Name","value":"mijnInstrumenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"VERLOPEN"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<BeheerDashboardQuery, BeheerDashboardQueryVariables>;
export const WijzigProfielDocument = {"__meta__":{"hash":"sha256:fd89aa82f5658497f502f5671793c63b6a9e957629eef30073e2c04e3f11fe8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WijzigProfiel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"naam"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wijzigProfiel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"naam"},"value":{"kind":"Variable","name":{"kind":"Name","value":"naam"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<WijzigProfielMutation, WijzigProfielMutationVariables>;
export const WijzigWachtwoordDocument = {"__meta__":{"hash":"sha256:ba79df5e5bf5da8936229d418cdbfb0d53091fff7210e74a5979dbae2825ae7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WijzigWachtwoord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"huidigWachtwoord"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nieuwWachtwoord"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wijzigWachtwoord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"huidigWachtwoord"},"value":{"kind":"Variable","name":{"kind":"Name","value":"huidigWachtwoord"}}},{"kind":"Argument","name":{"kind":"Name","value":"nieuwWachtwoord"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nieuwWachtwoord"}}}]}]}}]} as unknown as DocumentNode<WijzigWachtwoordMutation, WijzigWachtwoordMutationVariables>;
export const BeheerAanbiedersDocument = {"__meta__":{"hash":"sha256:3a8147b6c0f0c917ce8d307a0d877c6956c87c70646c4803a051aaa348f575cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeheerAanbieders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beheerAanbieders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AanbiederVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AanbiederVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aanbieder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<BeheerAanbiedersQuery, BeheerAanbiedersQueryVariables>;
export const BeheerAanbiederDocument = {"__meta__":{"hash":"sha256:52e216f977e350bb433b1d90b236152714391ff0b6623ba2d3e93cf393f2fc7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeheerAanbieder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aanbieder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AanbiederVelden"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AanbiederContactpersonen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AanbiederVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aanbieder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AanbiederContactpersonen"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aanbieder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contactpersonen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactpersoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}}]}}]}}]}}]} as unknown as DocumentNode<BeheerAanbiederQuery, BeheerAanbiederQueryVariables>;
export const AanbiederInstrumentenDocument = {"__meta__":{"hash":"sha256:0bedcbf633ad215bf73ba0223c6abfe0dda41336639ed0a1acbef7425daa429f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AanbiederInstrumenten"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aanbiederId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mijnInstrumenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"aanbiederId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aanbiederId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"gids"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AanbiederInstrumentenQuery, AanbiederInstrumentenQueryVariables>;
export const KoppelbareInstrumentenDocument = {"__meta__":{"hash":"sha256:839e0fb221d2c55ae059eb98b42216a6f658fddabfeb4310a014e16e919059bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KoppelbareInstrumenten"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tekst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mijnInstrumenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"tekst"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tekst"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"aanbieder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]}}]} as unknown as DocumentNode<KoppelbareInstrumentenQuery, KoppelbareInstrumentenQueryVariables>;
export const AanbiederContactpersoonKeuzeDocument = {"__meta__":{"hash":"sha256:3badb3605e8a8c54bdc3b2e2f057348202d7b7063dfaf50372f34d91de2ab7d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AanbiederContactpersoonKeuze"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beheerContactpersonen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<AanbiederContactpersoonKeuzeQuery, AanbiederContactpersoonKeuzeQueryVariables>;
export const CreateAanbiederDocument = {"__meta__":{"hash":"sha256:03f1b495258b3a31e3a65cc9191190e27c5dd075b092ef3940aa797c99f5a92a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAanbieder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAanbiederInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAanbieder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AanbiederVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AanbiederVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aanbieder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<CreateAanbiederMutation, CreateAanbiederMutationVariables>;
export const UpdateAanbiederDocument = {"__meta__":{"hash":"sha256:fa9c922aca782ec32a89c45f0ea8df925fadcd44f57d945a89fb287d4c1ebd38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAanbieder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAanbiederInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAanbieder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AanbiederVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AanbiederVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aanbieder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<UpdateAanbiederMutation, UpdateAanbiederMutationVariables>;
export const DeleteAanbiederDocument = {"__meta__":{"hash":"sha256:3716ba01b955fac7478911116b4d962ddff2d1fd15f04efa08b51540ac38ecbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAanbieder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAanbieder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteAanbiederMutation, DeleteAanbiederMutationVariables>;
export const SetAanbiederContactpersonenDocument = {"__meta__":{"hash":"sha256:3f7cc5fdd001497b01f49e14cc90db87a892c0e478c1cf9ebb564932341626c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAanbiederContactpersonen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aanbiederId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contactpersonen"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactpersoonKoppelingInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAanbiederContactpersonen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"aanbiederId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aanbiederId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"contactpersonen"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contactpersonen"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AanbiederVelden"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AanbiederContactpersonen"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AanbiederVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aanbieder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AanbiederContactpersonen"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aanbieder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contactpersonen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"soort"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contactpersoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}}]}}]}}]}}]} as unknown as DocumentNode<SetAanbiederContactpersonenMutation, SetAanbiederContactpersonenMutationVariables>;
export const KoppelInstrumentAanAanbiederDocument = {"__meta__":{"hash":"sha256:076df0f6d3ab73e374ecff33b48f6334610db99267e64e2da0aa7523e21cac0e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"KoppelInstrumentAanAanbieder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aanbiederId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"koppelInstrumentAanAanbieder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"aanbiederId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aanbiederId"}}},{"kind":"Argument","name":{"kind":"Name","value":"instrumentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"aanbieder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<KoppelInstrumentAanAanbiederMutation, KoppelInstrumentAanAanbiederMutationVariables>;
export const BeheerAdressenDocument = {"__meta__":{"hash":"sha256:c1e0087289297206b5f5c6566f4bb918065a2f4f59ad48cd001f0b0730597be3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeheerAdressen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beheerAdressen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdresVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdresVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adres"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"straat"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummer"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"plaats"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BeheerAdressenQuery, BeheerAdressenQueryVariables>;
export const CreateAdresDocument = {"__meta__":{"hash":"sha256:c506b59dcbf54a25e900cddbe85672cd8cf9ed7bd47a1d3a260637dde0899fc0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAdres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAdresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdresVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdresVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adres"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"straat"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummer"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"plaats"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateAdresMutation, CreateAdresMutationVariables>;
export const UpdateAdresDocument = {"__meta__":{"hash":"sha256:c2a52279ce350bb5edc314405b4fa2f164cd026ebb1e98924791a84fb2158ae4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAdres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdresInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdresVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdresVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Adres"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"straat"}},{"kind":"Field","name":{"kind":"Name","value":"huisnummer"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}},{"kind":"Field","name":{"kind":"Name","value":"plaats"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateAdresMutation, UpdateAdresMutationVariables>;
export const DeleteAdresDocument = {"__meta__":{"hash":"sha256:206d461944f2ab8d09f7ebb66218c9c37208b71616f1bde626ee3cc49b60ab27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAdres"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAdres"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteAdresMutation, DeleteAdresMutationVariables>;
export const BeheerContactpersonenDocument = {"__meta__":{"hash":"sha256:1b6b31d886d56e716a71862705d78c565d117cb7ad9957d8c61729c8ce0e120d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeheerContactpersonen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beheerContactpersonen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactpersoonVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactpersoonVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contactpersoon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<BeheerContactpersonenQuery, BeheerContactpersonenQueryVariables>;
export const CreateContactpersoonDocument = {"__meta__":{"hash":"sha256:7586f6ae0f5872088d9402b4a7a31798b9be87ce123774aba145db4cdac20f21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContactpersoon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateContactpersoonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContactpersoon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactpersoonVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactpersoonVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contactpersoon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<CreateContactpersoonMutation, CreateContactpersoonMutationVariables>;
export const UpdateContactpersoonDocument = {"__meta__":{"hash":"sha256:de092d84ae70acbb65f07e88dc04ad763c6c16dc87b92f28c984f989d417affa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContactpersoon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateContactpersoonInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContactpersoon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContactpersoonVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContactpersoonVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contactpersoon"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"telefoon"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<UpdateContactpersoonMutation, UpdateContactpersoonMutationVariables>;
export const DeleteContactpersoonDocument = {"__meta__":{"hash":"sha256:9e5bc6ca0bc0d4b65b5a57e74d027dff6e4605580ec3a9efa263ed2d32c4eb74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteContactpersoon"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContactpersoon"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteContactpersoonMutation, DeleteContactpersoonMutationVariables>;
export const ContactpersoonBijAanbiedersDocument = {"__meta__":{"hash":"sha256:94804c277490f76afea6649a1bcb8894192c1416381e7e4d520743f384c1c9d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContactpersoonBijAanbieders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beheerAanbieders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"contactpersonen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contactpersoon"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContactpersoonBijAanbiedersQuery, ContactpersoonBijAanbiedersQueryVariables>;
export const BeheerDoelgroepenDocument = {"__meta__":{"hash":"sha256:46b1978854db3f68273efdc5e05a69657b24fabce25e231581083116c096e471"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeheerDoelgroepen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kenmerkCategorieen"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"gids"}},{"kind":"Field","name":{"kind":"Name","value":"perOrganisatie"}},{"kind":"Field","name":{"kind":"Name","value":"kenmerken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DoelgroepVelden"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoelgroepVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kenmerk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"beschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<BeheerDoelgroepenQuery, BeheerDoelgroepenQueryVariables>;
export const CreateDoelgroepDocument = {"__meta__":{"hash":"sha256:50b6005606cdc4c290d2056a65e7828ffd61eb362c22cb445236fdde46dfa340"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDoelgroep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDoelgroepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDoelgroep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DoelgroepVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoelgroepVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kenmerk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"beschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<CreateDoelgroepMutation, CreateDoelgroepMutationVariables>;
export const UpdateDoelgroepDocument = {"__meta__":{"hash":"sha256:8b81816a5b37b5027f00ca9ec8a90a3ff1b71030e7a1fd12c5dfbbb6d114e458"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDoelgroep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDoelgroepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDoelgroep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DoelgroepVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DoelgroepVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Kenmerk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"beschrijving"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisatie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<UpdateDoelgroepMutation, UpdateDoelgroepMutationVariables>;
export const DeleteDoelgroepDocument = {"__meta__":{"hash":"sha256:719ecaf4e36864858b60c8f0a374483b3fcfe1fb4f7b2956c0a596e46b04ba37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteDoelgroep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDoelgroep"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteDoelgroepMutation, DeleteDoelgroepMutationVariables>;
export const WijkRegiosDocument = {"__meta__":{"hash":"sha256:29cf6523e4d355306e7ff3606babd166325110b0568811c0670f5547e9b4b726"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WijkRegios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<WijkRegiosQuery, WijkRegiosQueryVariables>;
export const WijkGemeentenDocument = {"__meta__":{"hash":"sha256:00a96ff341d016ee80bceaa83f0f55b5e4d427bdc44adbab19aeb1106cbd06dc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WijkGemeenten"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regioCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gemeenten"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regioCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regioCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"regio"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<WijkGemeentenQuery, WijkGemeentenQueryVariables>;
export const BeheerWijkenDocument = {"__meta__":{"hash":"sha256:cdca6090a8902936ac95883bcdb351f0c3dae6cd6b702294e27b5903aa329c39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeheerWijken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gemeenteCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"beheerWijken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gemeenteCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gemeenteCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WijkVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WijkVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wijk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<BeheerWijkenQuery, BeheerWijkenQueryVariables>;
export const CreateWijkDocument = {"__meta__":{"hash":"sha256:8266f88f9cf50b9ec9a02cc2d55e973ef427f8d554e4c247193a56bb784dda58"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWijk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWijkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWijk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WijkVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WijkVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wijk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<CreateWijkMutation, CreateWijkMutationVariables>;
export const UpdateWijkDocument = {"__meta__":{"hash":"sha256:931e297418b235ee43c346f8285b5ef1c21cf8ee689b38182615661cffaaaf3a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWijk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWijkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWijk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WijkVelden"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WijkVelden"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Wijk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"gemeente"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]} as unknown as DocumentNode<UpdateWijkMutation, UpdateWijkMutationVariables>;
export const DeleteWijkDocument = {"__meta__":{"hash":"sha256:bf56e3f29062f11ec0199629f3e50822463957a13d5da1e48a04966ea7707656"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWijk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWijk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteWijkMutation, DeleteWijkMutationVariables>;
export const SessieDocument = {"__meta__":{"hash":"sha256:d3f496254fa6f780fb0809b9e82010e402eb130525a2da902a1f50ac444cae81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Sessie"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"rol"}},{"kind":"Field","name":{"kind":"Name","value":"organisaties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"naam"}}]}}]}}]}}]} as unknown as DocumentNode<SessieQuery, SessieQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"sha256:64e847d913fc6cd2a81d9cdc7820a0dcf59b1130a192a82d22a9af00bf8bb000"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gebruiker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"sha256:cb1d14c1cc99a25294cfa4376de2402364cb32e6c038a11fb36cf0ebb3a5ce91"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;