import fc from 'fast-check';

/**
 * Strings a hostile or careless client puts in any string argument: SQL and HTML payloads, characters
 * PostgreSQL refuses (NUL) or JavaScript cannot encode as UTF-8 (lone surrogates), direction overrides,
 * combining marks, and sizes no form would send.
 */
export const NAMED_PAYLOADS: Record<string, string> = {
  sqlQuote: "' OR '1'='1",
  sqlComment: "x'; DROP TABLE catalog.instrument; --",
  sqlUnion: "' UNION SELECT wachtwoord_hash FROM accounts.gebruiker --",
  sqlBackslash: '\\',
  likeWildcards: '%_%\\%',
  pgPlaceholder: '$1 $2::text',
  pgCast: "'::uuid",
  html: '<script>alert(1)</script>',
  htmlAttr: '"><img src=x onerror=alert(1)>',
  jsLink: 'javascript:alert(1)',
  nul: '\u0000',
  nulInside: 'GM0363\u0000',
  nulMiddle: 'soll\u0000icit',
  loneHigh: '\uD800',
  loneLow: 'a\uDFFFb',
  reversedPair: '\uDC00\uD800',
  rtl: '\u202Egnp.exe',
  bidiIsolates: '\u2066\u2067\u2068\u2069',
  emoji: '👩‍👩‍👧‍👦🏳️‍🌈',
  combining: 'e' + '\u0301'.repeat(500),
  zeroWidth: '\u200B\u200C\u200D\uFEFF',
  ligature: 'ﬁnancieel',
  controlChars: '\u0001\u0002\u0007\u001B[31m\u007F',
  lineSeparators: '\u2028\u2029\r\n',
  replacementChar: '\uFFFD',
  nonCharacter: '\uFFFF\uFFFE',
  astralPrivate: '\u{10FFFF}',
  empty: '',
  spaces: '   ',
  protoKey: '__proto__',
  jsonish: '{"$ne":null}',
  pathTraversal: '../../../../etc/passwd',
  longAscii: 'a'.repeat(100_000),
  longUnicode: 'é'.repeat(50_000),
  longNul: '\u0000'.repeat(1000),
  cursorish: Buffer.from('["\u0000",1]').toString('base64url'),
  uuidish: '00000000-0000-0000-0000-00000000000g',
};

const fragments = Object.values(NAMED_PAYLOADS).filter((s) => s.length < 1000);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...Object.values(NAMED_PAYLOADS)) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...fragments), { minLength: 2, maxLength: 4 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\u0000', '\uD800', '\uDC00', "'", '"', '\\', '<', '%', 'a'), maxLength: 20 }) },
);

/** Wraps a payload so the name of a named payload shows up in failure reports instead of 100,000 characters. */
export function describeString(value: string): string {
  const named = Object.entries(NAMED_PAYLOADS).find(([, v]) => v === value)?.[0];
  if (named) return `<${named}>`;
  const json = JSON.stringify(value);
  return json.length > 120 ? `${json.slice(0, 100)}...(${value.length} chars)` : json;
}
