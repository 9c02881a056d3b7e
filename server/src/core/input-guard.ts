import { defaultFieldResolver, isObjectType, type GraphQLSchema } from 'graphql';
import { badUserInput, type FieldProblem } from './errors.js';

/**
 * PostgreSQL cannot store a NUL character in text, and rejects a lone UTF-16 surrogate in json; either one
 * reaching a query becomes an internal error. JavaScript strings may carry both (JSON allows "\u0000" and
 * "\ud800"), so they are refused as input before any resolver runs.
 */
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isStorableText = (value: string) => !UNSTORABLE.test(value);

/** Every string in `value` (nested objects and lists too) that PostgreSQL cannot store, by its path. */
export function unstorableStrings(value: unknown, path: string, found: FieldProblem[] = []): FieldProblem[] {
  if (typeof value === 'string') {
    if (!isStorableText(value)) found.push({ field: path, message: 'Deze tekst bevat een teken dat niet kan (een nul-teken of een half emoji-teken).' });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => unstorableStrings(item, `${path}[${i}]`, found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) unstorableStrings(item, path ? `${path}.${key}` : key, found);
  }
  return found;
}

/** Throws BAD_USER_INPUT naming every argument with a string PostgreSQL cannot store. */
export function assertStorableArguments(args: Record<string, unknown>): void {
  const problems = unstorableStrings(args, '');
  if (problems.length) {
    throw badUserInput(`Niet alle velden zijn goed ingevuld: ${problems.map((p) => p.field).join(', ')} bevat een teken dat niet kan.`, problems);
  }
}

/**
 * Checks the (coerced) arguments of every field that takes arguments, before its resolver runs: root queries,
 * mutations, `_entities` representations and arguments on nested fields alike. Fields without arguments are
 * left alone, so a large result costs nothing extra (a type-graphql global middleware would make every field
 * of every result asynchronous, and would not see the federation fields `_entities` and `_service`).
 * buildFederatedSchema applies it to every subgraph schema.
 */
export function guardStringArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        assertStorableArguments(args);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
