import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLSchema, parse } from 'graphql';
import { buildSchema, BuildSchemaOptions, createResolversMap, getMetadataStorage } from 'type-graphql';
import { limitRepresentations } from './entity-limit.js';
import { guardStringArguments } from './input-guard.js';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])`;

/**
 * Builds an Apollo Federation 2 subgraph schema from type-graphql resolvers.
 * `@key` and friends are declared with type-graphql's `@Directive`; entity reference
 * resolvers (`__resolveReference`) are merged into the generated resolver map. Every subgraph gets the input
 * guard (strings PostgreSQL cannot store are refused before any resolver runs) and the limit on `_entities`
 * references.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck' | 'validate'>,
  referenceResolvers: Record<string, { __resolveReference: (...args: never[]) => unknown }> = {},
): Promise<GraphQLSchema> {
  // No field has middlewares or auth checks, so type-graphql's wrapper around every plain field (an object and a
  // call chain per field per request) only reads the property, as graphql's default resolver does.
  for (const objectType of getMetadataStorage().objectTypes) objectType.simpleResolvers ??= true;
  const schema = await buildSchema({ ...options, skipCheck: true, validate: false });
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<unknown>;
  for (const [typeName, reference] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...reference } as GraphQLResolverMap<unknown>[string];
  }
  return limitRepresentations(
    guardStringArguments(
      buildSubgraphSchema({
        typeDefs: parse(FEDERATION_LINK + '\n' + printSchemaWithDirectives(schema)),
        resolvers,
      }),
    ),
  );
}
