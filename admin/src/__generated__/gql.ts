/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query KeuzeOrganisaties {\n  organisaties {\n    id\n    naam\n  }\n}": typeof types.KeuzeOrganisatiesDocument,
    "query BeheerDashboard {\n  concept: mijnInstrumenten(filter: {status: CONCEPT}, first: 1) {\n    totalCount\n  }\n  gepland: mijnInstrumenten(filter: {status: GEPLAND}, first: 1) {\n    totalCount\n  }\n  gepubliceerd: mijnInstrumenten(filter: {status: GEPUBLICEERD}, first: 1) {\n    totalCount\n  }\n  verlopen: mijnInstrumenten(filter: {status: VERLOPEN}, first: 1) {\n    totalCount\n  }\n}": typeof types.BeheerDashboardDocument,
    "mutation WijzigProfiel($naam: String!) {\n  wijzigProfiel(naam: $naam) {\n    id\n    naam\n  }\n}\n\nmutation WijzigWachtwoord($huidigWachtwoord: String!, $nieuwWachtwoord: String!) {\n  wijzigWachtwoord(\n    huidigWachtwoord: $huidigWachtwoord\n    nieuwWachtwoord: $nieuwWachtwoord\n  )\n}": typeof types.WijzigProfielDocument,
    "query ApiSleutels {\n  apiKeys {\n    id\n    naam\n    scopes\n    prefix\n    createdAt\n    verlooptOp\n    lastUsedAt\n    revokedAt\n    organisatie {\n      id\n      naam\n    }\n  }\n}\n\nmutation MaakApiSleutel($organisatieId: ID!, $naam: String!, $scopes: [ApiKeyScope!], $verlooptOp: DateTimeISO) {\n  createApiKey(\n    organisatieId: $organisatieId\n    naam: $naam\n    scopes: $scopes\n    verlooptOp: $verlooptOp\n  ) {\n    key\n    apiKey {\n      id\n      naam\n    }\n  }\n}\n\nmutation TrekApiSleutelIn($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}": typeof types.ApiSleutelsDocument,
    "query Prullenbak($first: Int, $after: String) {\n  prullenbak(first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      soort\n      naam\n      verwijderdOp\n      verwijderdDoor\n      purgeOp\n      organisatie {\n        id\n        naam\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation TerugzettenInstrument($id: ID!) {\n  restoreInstrument(id: $id) {\n    id\n    naam\n  }\n}\n\nmutation TerugzettenAanbieder($id: ID!) {\n  restoreAanbieder(id: $id) {\n    id\n    naam\n  }\n}": typeof types.PrullenbakDocument,
    "fragment ReviewRij on Review {\n  id\n  sterren\n  tekst\n  createdAt\n  verborgen\n  verbergReden\n  auteur {\n    naam\n  }\n  instrument {\n    id\n    naam\n  }\n}": typeof types.ReviewRijFragmentDoc,
    "query BeheerReviews($verborgen: Boolean, $first: Int, $after: String) {\n  beheerReviews(verborgen: $verborgen, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      ...ReviewRij\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation VerbergReview($id: ID!, $reden: String!) {\n  hideReview(id: $id, reden: $reden) {\n    id\n    verborgen\n    verbergReden\n  }\n}": typeof types.BeheerReviewsDocument,
    "mutation ImporteerInstrumenten($bestand: String!, $organisatieId: ID!, $dryRun: Boolean!) {\n  importInstrumenten(\n    bestand: $bestand\n    organisatieId: $organisatieId\n    dryRun: $dryRun\n  ) {\n    dryRun\n    aangemaakt\n    gewijzigd\n    ongewijzigd\n    geweigerd\n    instrumenten {\n      index\n      naam\n      instrumentId\n      actie\n      problemen {\n        veld\n        melding\n      }\n    }\n  }\n}": typeof types.ImporteerInstrumentenDocument,
    "query Sessie {\n  me {\n    id\n    naam\n    email\n    rol\n    organisaties {\n      id\n      naam\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    gebruiker {\n      id\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}": typeof types.SessieDocument,
};
const documents: Documents = {
    "query KeuzeOrganisaties {\n  organisaties {\n    id\n    naam\n  }\n}": types.KeuzeOrganisatiesDocument,
    "query BeheerDashboard {\n  concept: mijnInstrumenten(filter: {status: CONCEPT}, first: 1) {\n    totalCount\n  }\n  gepland: mijnInstrumenten(filter: {status: GEPLAND}, first: 1) {\n    totalCount\n  }\n  gepubliceerd: mijnInstrumenten(filter: {status: GEPUBLICEERD}, first: 1) {\n    totalCount\n  }\n  verlopen: mijnInstrumenten(filter: {status: VERLOPEN}, first: 1) {\n    totalCount\n  }\n}": types.BeheerDashboardDocument,
    "mutation WijzigProfiel($naam: String!) {\n  wijzigProfiel(naam: $naam) {\n    id\n    naam\n  }\n}\n\nmutation WijzigWachtwoord($huidigWachtwoord: String!, $nieuwWachtwoord: String!) {\n  wijzigWachtwoord(\n    huidigWachtwoord: $huidigWachtwoord\n    nieuwWachtwoord: $nieuwWachtwoord\n  )\n}": types.WijzigProfielDocument,
    "query ApiSleutels {\n  apiKeys {\n    id\n    naam\n    scopes\n    prefix\n    createdAt\n    verlooptOp\n    lastUsedAt\n    revokedAt\n    organisatie {\n      id\n      naam\n    }\n  }\n}\n\nmutation MaakApiSleutel($organisatieId: ID!, $naam: String!, $scopes: [ApiKeyScope!], $verlooptOp: DateTimeISO) {\n  createApiKey(\n    organisatieId: $organisatieId\n    naam: $naam\n    scopes: $scopes\n    verlooptOp: $verlooptOp\n  ) {\n    key\n    apiKey {\n      id\n      naam\n    }\n  }\n}\n\nmutation TrekApiSleutelIn($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}": types.ApiSleutelsDocument,
    "query Prullenbak($first: Int, $after: String) {\n  prullenbak(first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      soort\n      naam\n      verwijderdOp\n      verwijderdDoor\n      purgeOp\n      organisatie {\n        id\n        naam\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation TerugzettenInstrument($id: ID!) {\n  restoreInstrument(id: $id) {\n    id\n    naam\n  }\n}\n\nmutation TerugzettenAanbieder($id: ID!) {\n  restoreAanbieder(id: $id) {\n    id\n    naam\n  }\n}": types.PrullenbakDocument,
    "fragment ReviewRij on Review {\n  id\n  sterren\n  tekst\n  createdAt\n  verborgen\n  verbergReden\n  auteur {\n    naam\n  }\n  instrument {\n    id\n    naam\n  }\n}": types.ReviewRijFragmentDoc,
    "query BeheerReviews($verborgen: Boolean, $first: Int, $after: String) {\n  beheerReviews(verborgen: $verborgen, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      ...ReviewRij\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation VerbergReview($id: ID!, $reden: String!) {\n  hideReview(id: $id, reden: $reden) {\n    id\n    verborgen\n    verbergReden\n  }\n}": types.BeheerReviewsDocument,
    "mutation ImporteerInstrumenten($bestand: String!, $organisatieId: ID!, $dryRun: Boolean!) {\n  importInstrumenten(\n    bestand: $bestand\n    organisatieId: $organisatieId\n    dryRun: $dryRun\n  ) {\n    dryRun\n    aangemaakt\n    gewijzigd\n    ongewijzigd\n    geweigerd\n    instrumenten {\n      index\n      naam\n      instrumentId\n      actie\n      problemen {\n        veld\n        melding\n      }\n    }\n  }\n}": types.ImporteerInstrumentenDocument,
    "query Sessie {\n  me {\n    id\n    naam\n    email\n    rol\n    organisaties {\n      id\n      naam\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    gebruiker {\n      id\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}": types.SessieDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query KeuzeOrganisaties {\n  organisaties {\n    id\n    naam\n  }\n}"): (typeof documents)["query KeuzeOrganisaties {\n  organisaties {\n    id\n    naam\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeheerDashboard {\n  concept: mijnInstrumenten(filter: {status: CONCEPT}, first: 1) {\n    totalCount\n  }\n  gepland: mijnInstrumenten(filter: {status: GEPLAND}, first: 1) {\n    totalCount\n  }\n  gepubliceerd: mijnInstrumenten(filter: {status: GEPUBLICEERD}, first: 1) {\n    totalCount\n  }\n  verlopen: mijnInstrumenten(filter: {status: VERLOPEN}, first: 1) {\n    totalCount\n  }\n}"): (typeof documents)["query BeheerDashboard {\n  concept: mijnInstrumenten(filter: {status: CONCEPT}, first: 1) {\n    totalCount\n  }\n  gepland: mijnInstrumenten(filter: {status: GEPLAND}, first: 1) {\n    totalCount\n  }\n  gepubliceerd: mijnInstrumenten(filter: {status: GEPUBLICEERD}, first: 1) {\n    totalCount\n  }\n  verlopen: mijnInstrumenten(filter: {status: VERLOPEN}, first: 1) {\n    totalCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WijzigProfiel($naam: String!) {\n  wijzigProfiel(naam: $naam) {\n    id\n    naam\n  }\n}\n\nmutation WijzigWachtwoord($huidigWachtwoord: String!, $nieuwWachtwoord: String!) {\n  wijzigWachtwoord(\n    huidigWachtwoord: $huidigWachtwoord\n    nieuwWachtwoord: $nieuwWachtwoord\n  )\n}"): (typeof documents)["mutation WijzigProfiel($naam: String!) {\n  wijzigProfiel(naam: $naam) {\n    id\n    naam\n  }\n}\n\nmutation WijzigWachtwoord($huidigWachtwoord: String!, $nieuwWachtwoord: String!) {\n  wijzigWachtwoord(\n    huidigWachtwoord: $huidigWachtwoord\n    nieuwWachtwoord: $nieuwWachtwoord\n  )\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ApiSleutels {\n  apiKeys {\n    id\n    naam\n    scopes\n    prefix\n    createdAt\n    verlooptOp\n    lastUsedAt\n    revokedAt\n    organisatie {\n      id\n      naam\n    }\n  }\n}\n\nmutation MaakApiSleutel($organisatieId: ID!, $naam: String!, $scopes: [ApiKeyScope!], $verlooptOp: DateTimeISO) {\n  createApiKey(\n    organisatieId: $organisatieId\n    naam: $naam\n    scopes: $scopes\n    verlooptOp: $verlooptOp\n  ) {\n    key\n    apiKey {\n      id\n      naam\n    }\n  }\n}\n\nmutation TrekApiSleutelIn($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}"): (typeof documents)["query ApiSleutels {\n  apiKeys {\n    id\n    naam\n    scopes\n    prefix\n    createdAt\n    verlooptOp\n    lastUsedAt\n    revokedAt\n    organisatie {\n      id\n      naam\n    }\n  }\n}\n\nmutation MaakApiSleutel($organisatieId: ID!, $naam: String!, $scopes: [ApiKeyScope!], $verlooptOp: DateTimeISO) {\n  createApiKey(\n    organisatieId: $organisatieId\n    naam: $naam\n    scopes: $scopes\n    verlooptOp: $verlooptOp\n  ) {\n    key\n    apiKey {\n      id\n      naam\n    }\n  }\n}\n\nmutation TrekApiSleutelIn($id: ID!) {\n  revokeApiKey(id: $id) {\n    id\n    revokedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Prullenbak($first: Int, $after: String) {\n  prullenbak(first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      soort\n      naam\n      verwijderdOp\n      verwijderdDoor\n      purgeOp\n      organisatie {\n        id\n        naam\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation TerugzettenInstrument($id: ID!) {\n  restoreInstrument(id: $id) {\n    id\n    naam\n  }\n}\n\nmutation TerugzettenAanbieder($id: ID!) {\n  restoreAanbieder(id: $id) {\n    id\n    naam\n  }\n}"): (typeof documents)["query Prullenbak($first: Int, $after: String) {\n  prullenbak(first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      soort\n      naam\n      verwijderdOp\n      verwijderdDoor\n      purgeOp\n      organisatie {\n        id\n        naam\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation TerugzettenInstrument($id: ID!) {\n  restoreInstrument(id: $id) {\n    id\n    naam\n  }\n}\n\nmutation TerugzettenAanbieder($id: ID!) {\n  restoreAanbieder(id: $id) {\n    id\n    naam\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ReviewRij on Review {\n  id\n  sterren\n  tekst\n  createdAt\n  verborgen\n  verbergReden\n  auteur {\n    naam\n  }\n  instrument {\n    id\n    naam\n  }\n}"): (typeof documents)["fragment ReviewRij on Review {\n  id\n  sterren\n  tekst\n  createdAt\n  verborgen\n  verbergReden\n  auteur {\n    naam\n  }\n  instrument {\n    id\n    naam\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BeheerReviews($verborgen: Boolean, $first: Int, $after: String) {\n  beheerReviews(verborgen: $verborgen, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      ...ReviewRij\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation VerbergReview($id: ID!, $reden: String!) {\n  hideReview(id: $id, reden: $reden) {\n    id\n    verborgen\n    verbergReden\n  }\n}"): (typeof documents)["query BeheerReviews($verborgen: Boolean, $first: Int, $after: String) {\n  beheerReviews(verborgen: $verborgen, first: $first, after: $after) {\n    totalCount\n    nodes {\n      id\n      ...ReviewRij\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}\n\nmutation VerbergReview($id: ID!, $reden: String!) {\n  hideReview(id: $id, reden: $reden) {\n    id\n    verborgen\n    verbergReden\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ImporteerInstrumenten($bestand: String!, $organisatieId: ID!, $dryRun: Boolean!) {\n  importInstrumenten(\n    bestand: $bestand\n    organisatieId: $organisatieId\n    dryRun: $dryRun\n  ) {\n    dryRun\n    aangemaakt\n    gewijzigd\n    ongewijzigd\n    geweigerd\n    instrumenten {\n      index\n      naam\n      instrumentId\n      actie\n      problemen {\n        veld\n        melding\n      }\n    }\n  }\n}"): (typeof documents)["mutation ImporteerInstrumenten($bestand: String!, $organisatieId: ID!, $dryRun: Boolean!) {\n  importInstrumenten(\n    bestand: $bestand\n    organisatieId: $organisatieId\n    dryRun: $dryRun\n  ) {\n    dryRun\n    aangemaakt\n    gewijzigd\n    ongewijzigd\n    geweigerd\n    instrumenten {\n      index\n      naam\n      instrumentId\n      actie\n      problemen {\n        veld\n        melding\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Sessie {\n  me {\n    id\n    naam\n    email\n    rol\n    organisaties {\n      id\n      naam\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    gebruiker {\n      id\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}"): (typeof documents)["query Sessie {\n  me {\n    id\n    naam\n    email\n    rol\n    organisaties {\n      id\n      naam\n    }\n  }\n}\n\nmutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    gebruiker {\n      id\n    }\n  }\n}\n\nmutation Logout {\n  logout\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;