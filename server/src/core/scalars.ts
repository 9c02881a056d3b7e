import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const DECIMAL = /^-?\d{1,10}(\.\d{1,2})?$/;

function parseDecimal(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !DECIMAL.test(text)) {
    throw new GraphQLError('Geef een bedrag als getal met hoogstens twee decimalen, bijvoorbeeld "1250.00".', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return text;
}

/**
 * Money as an exact decimal string ("1250.00"), never a float: PostgreSQL numeric in,
 * the same digits out.
 */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'Exact decimal number with at most two decimals, as a string, e.g. "1250.00".',
  serialize: (value) => String(value),
  parseValue: parseDecimal,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return parseDecimal(ast.value);
    throw new GraphQLError('Decimal verwacht een string of getal.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value === 'string' && DATE.test(value)) {
    const date = new Date(value + 'T00:00:00Z');
    if (!Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)) return value;
  }
  throw new GraphQLError('Geef een datum als JJJJ-MM-DD, bijvoorbeeld "2026-01-31".', {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** A calendar date without time zone (Europe/Amsterdam is implied where it matters). */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'Calendar date as YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
