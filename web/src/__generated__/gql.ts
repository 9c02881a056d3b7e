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
    "query AreaRegios {\n  regios {\n    code\n    naam\n  }\n}\n\nquery AreaGemeenten($regioCode: ID!) {\n  gemeenten(regioCode: $regioCode) {\n    code\n    naam\n  }\n}": typeof types.AreaRegiosDocument,
    "fragment InstrumentCard on Instrument {\n  id\n  naam\n  samenvattingKort\n  aanbieder {\n    id\n    naam\n  }\n  kenmerken {\n    categorie {\n      code\n      soort\n    }\n    kenmerken {\n      code\n      naam\n    }\n  }\n}": typeof types.InstrumentCardFragmentDoc,
    "query InstrumentSearch($gids: Gids!, $filter: InstrumentFilter, $first: Int!, $after: String) {\n  instrumentSearch(gids: $gids, filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...InstrumentCard\n    }\n    facets {\n      categorie {\n        code\n        naam\n        soort\n      }\n      opties {\n        kenmerk {\n          code\n          naam\n          parent {\n            code\n          }\n        }\n        count\n        available\n      }\n    }\n  }\n}": typeof types.InstrumentSearchDocument,
};
const documents: Documents = {
    "query AreaRegios {\n  regios {\n    code\n    naam\n  }\n}\n\nquery AreaGemeenten($regioCode: ID!) {\n  gemeenten(regioCode: $regioCode) {\n    code\n    naam\n  }\n}": types.AreaRegiosDocument,
    "fragment InstrumentCard on Instrument {\n  id\n  naam\n  samenvattingKort\n  aanbieder {\n    id\n    naam\n  }\n  kenmerken {\n    categorie {\n      code\n      soort\n    }\n    kenmerken {\n      code\n      naam\n    }\n  }\n}": types.InstrumentCardFragmentDoc,
    "query InstrumentSearch($gids: Gids!, $filter: InstrumentFilter, $first: Int!, $after: String) {\n  instrumentSearch(gids: $gids, filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...InstrumentCard\n    }\n    facets {\n      categorie {\n        code\n        naam\n        soort\n      }\n      opties {\n        kenmerk {\n          code\n          naam\n          parent {\n            code\n          }\n        }\n        count\n        available\n      }\n    }\n  }\n}": types.InstrumentSearchDocument,
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
export function graphql(source: "query AreaRegios {\n  regios {\n    code\n    naam\n  }\n}\n\nquery AreaGemeenten($regioCode: ID!) {\n  gemeenten(regioCode: $regioCode) {\n    code\n    naam\n  }\n}"): (typeof documents)["query AreaRegios {\n  regios {\n    code\n    naam\n  }\n}\n\nquery AreaGemeenten($regioCode: ID!) {\n  gemeenten(regioCode: $regioCode) {\n    code\n    naam\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentCard on Instrument {\n  id\n  naam\n  samenvattingKort\n  aanbieder {\n    id\n    naam\n  }\n  kenmerken {\n    categorie {\n      code\n      soort\n    }\n    kenmerken {\n      code\n      naam\n    }\n  }\n}"): (typeof documents)["fragment InstrumentCard on Instrument {\n  id\n  naam\n  samenvattingKort\n  aanbieder {\n    id\n    naam\n  }\n  kenmerken {\n    categorie {\n      code\n      soort\n    }\n    kenmerken {\n      code\n      naam\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentSearch($gids: Gids!, $filter: InstrumentFilter, $first: Int!, $after: String) {\n  instrumentSearch(gids: $gids, filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...InstrumentCard\n    }\n    facets {\n      categorie {\n        code\n        naam\n        soort\n      }\n      opties {\n        kenmerk {\n          code\n          naam\n          parent {\n            code\n          }\n        }\n        count\n        available\n      }\n    }\n  }\n}"): (typeof documents)["query InstrumentSearch($gids: Gids!, $filter: InstrumentFilter, $first: Int!, $after: String) {\n  instrumentSearch(gids: $gids, filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...InstrumentCard\n    }\n    facets {\n      categorie {\n        code\n        naam\n        soort\n      }\n      opties {\n        kenmerk {\n          code\n          naam\n          parent {\n            code\n          }\n        }\n        count\n        available\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;