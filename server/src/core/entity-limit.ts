import type { GraphQLSchema } from 'graphql';
import { badUserInput } from './errors.js';

/**
 * The gateway sends at most a page's worth of references per request; a direct caller could send millions
 * into one `IN (...)`.
 */
export const MAX_REPRESENTATIONS = 1_000;

/** Refuses an `_entities` request with more than MAX_REPRESENTATIONS references before any is resolved. */
export function limitRepresentations(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()['_entities'];
  const resolve = field?.resolve;
  // A subgraph without entities has no _entities field.
  if (!field || !resolve) return schema;
  field.resolve = (source, args, context, info) => {
    if (Array.isArray(args.representations) && args.representations.length > MAX_REPRESENTATIONS) {
      throw badUserInput(`Hoogstens ${MAX_REPRESENTATIONS} verwijzingen per aanvraag.`, [
        { field: 'representations', message: `Stuur hoogstens ${MAX_REPRESENTATIONS} verwijzingen.` },
      ]);
    }
    return resolve(source, args, context, info);
  };
  return schema;
}
