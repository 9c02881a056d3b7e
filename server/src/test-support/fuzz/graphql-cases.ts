import fc from 'fast-check';
import { hostileString } from './hostile-strings.js';

/** Real values of the fuzzed platform, so some requests get past validation and reach the resolvers' SQL. */
export interface KnownRecords {
  organisatieId: string;
  aanbiederId: string;
  /** An instrument the beheerder may change. */
  instrumentId: string;
  gemeente: string;
  regio: string;
  kenmerk: string;
}

/**
 * One GraphQL request. `expect` is what a correct server does besides the universal checks (no 5xx, a code on
 * every error, no unexpected error): `refused` (the field answers no data), `nothing-found` (an empty list, zero
 * results, or an error: the selectors are all made up, so any hit means the input reached SQL as code).
 */
export interface GqlCase {
  family: string;
  as: 'anonymous' | 'beheerder';
  transport: 'post' | 'get';
  query: string;
  variables?: unknown;
  operationName?: unknown;
  field?: string;
  expect: 'refused' | 'nothing-found' | 'any';
}

/** A GraphQL enum value in a literal (bare word), as opposed to a string. */
class EnumValue {
  constructor(readonly name: string) {}
}

/** A JavaScript value as a GraphQL literal (string escapes as JSON's, which GraphQL shares). */
export function toLiteral(value: unknown): string {
  if (value instanceof EnumValue) return value.name;
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(toLiteral).join(', ')}]`;
  return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${toLiteral(v)}`).join(', ')}}`;
}

/** Values of the wrong type for any variable: what a broken or hostile client sends. */
const wrongTyped: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, 0, -1, 2 ** 31, 2 ** 53 + 1, 1e308, -1e308, 0.5, {}, [], [[]], { __proto__: { x: 1 } }, 'EVA', '1'),
  fc.object({ maxDepth: 3, maxKeys: 4 }),
  fc.array(fc.integer(), { maxLength: 5 }),
);

/**
 * A string argument: mostly hostile, sometimes real (to get deeper). Wrong types are put in per case (see
 * withOneWrongType), not per field: a wrong type anywhere refuses the whole request before any resolver runs.
 */
const stringArg = (real?: string): fc.Arbitrary<unknown> => fc.oneof({ weight: 3, arbitrary: hostileString }, { weight: real ? 1 : 0, arbitrary: fc.constant(real ?? '') });

const intArg: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(0, 1, 20, 100, 101, -1, 2 ** 31 - 1, -(2 ** 31));

const floatArg: fc.Arbitrary<unknown> = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom<unknown>(-0, 1e308, 5e-324));

const enumArg = (values: string[]): fc.Arbitrary<unknown> => fc.constantFrom(...values);

/** Values a wrong-typed Int, String or enum variable gets, besides wrongTyped's. */
const wrongScalars = fc.constantFrom<unknown>(2 ** 31, -(2 ** 31) - 1, 1.5, 1e20, 'eva', 'EVA ', '', 'ALLES', '1');

/** Replaces the leaf at `index` (modulo the number of leaves) of a JSON value with `replacement`. */
function replaceLeaf(value: unknown, index: number, replacement: unknown): unknown {
  const leaves: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const copy = JSON.parse(JSON.stringify(value ?? null));
  const walk = (node: unknown) => {
    if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (child && typeof child === 'object' && Object.keys(child).length) walk(child);
        else leaves.push({ parent: node as Record<string, unknown>, key: Array.isArray(node) ? Number(key) : key });
      }
    }
  };
  walk(copy);
  if (!leaves.length) return replacement;
  const { parent, key } = leaves[index % leaves.length]!;
  (parent as Record<string | number, unknown>)[key] = replacement;
  return copy;
}

/** Leaves about one case in five with one variable of the wrong type, anywhere in its input. */
function withOneWrongType<C extends { variables?: unknown }>(arb: fc.Arbitrary<C>): fc.Arbitrary<C> {
  return fc
    .tuple(arb, fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.oneof(wrongTyped, wrongScalars)) }))
    .map(([c, wrong]) =>
      wrong && c.variables !== undefined
        ? // A wrong type may be null, which leaves a selector out: anything may be found then.
          { ...c, family: `${(c as { family?: string }).family} (one wrong type)`, variables: replaceLeaf(c.variables, wrong[0], wrong[1]), ...((c as { expect?: string }).expect === 'nothing-found' ? { expect: 'any' } : {}) }
        : c,
    );
}

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });

/** Drops undefined keys so a generated object only carries the fields it meant to send. */
const compact = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

function searchFilter(known: KnownRecords, hostileSelectors: boolean) {
  const selector = (real: string) => (hostileSelectors ? hostileString.filter((s) => s.trim() !== '' && s !== real) : stringArg(real));
  return fc
    .record({
      gids: maybe(enumArg(['EVA', 'DENNIS'])),
      tekst: maybe(stringArg('sollicit')),
      kenmerken: maybe(fc.array(selector(known.kenmerk), { minLength: 1, maxLength: 5 })),
      regio: maybe(selector(known.regio)),
      gemeente: maybe(selector(known.gemeente)),
      wijk: maybe(selector('')),
      organisatieId: maybe(selector(known.organisatieId)),
      aanbiederId: maybe(selector(known.aanbiederId)),
      maxKosten: maybe(fc.oneof(fc.constantFrom('100.00', '1e9', '-1', '0.001', 'NaN', 'Infinity', '99999999999999999999999.99'), hostileString)),
      maxDuur: maybe(fc.record({ waarde: floatArg, eenheid: enumArg(['UUR', 'DAG', 'WEEK', 'MAAND']) })),
      minIntensiteit: maybe(floatArg),
      maxIntensiteit: maybe(floatArg),
    })
    .map(compact);
}

/** Public queries with hostile arguments, by variables or inlined as literals. */
function publicQueries(known: KnownRecords): fc.Arbitrary<Omit<GqlCase, 'as' | 'transport'>>[] {
  const selectorsOnly = fc.boolean();
  return [
    fc.tuple(selectorsOnly, enumArg(['EVA', 'DENNIS'])).chain(([hostile, gids]) =>
      fc
        .record({ gids: fc.constant(gids), filter: searchFilter(known, hostile), first: maybe(intArg), after: maybe(stringArg()), sort: maybe(enumArg(['RELEVANTIE', 'NAAM', 'NIEUWSTE'])) })
        .map((variables) => {
          const filter = variables.filter as Record<string, unknown>;
          const selects = ['kenmerken', 'regio', 'gemeente', 'wijk', 'organisatieId', 'aanbiederId'].some((k) => k in filter);
          return {
            family: 'instrumentSearch',
            field: 'instrumentSearch',
            query: 'query($gids: Gids!, $filter: InstrumentFilter, $first: Int, $after: String, $sort: InstrumentSort) { instrumentSearch(gids: $gids, filter: $filter, first: $first, after: $after, sort: $sort) { totalCount nodes { id naam } pageInfo { endCursor } facets { opties { kenmerk { code } count } } } }',
            variables: compact(variables),
            expect: hostile && selects ? 'nothing-found' : 'any',
          } as const;
        }),
    ),
    fc.record({ filter: searchFilter(known, false), first: maybe(intArg), after: maybe(stringArg()) }).map((variables) => ({
      family: 'instruments',
      field: 'instruments',
      query: 'query($filter: InstrumentFilter, $first: Int, $after: String) { instruments(filter: $filter, first: $first, after: $after) { totalCount nodes { id naam aanbieder { naam } } } }',
      variables: compact(variables),
      expect: 'any' as const,
    })),
    fc.tuple(fc.constantFrom('instrument', 'aanbieder'), hostileString, fc.boolean()).map(([field, id, inline]) => ({
      family: `${field}(id)`,
      field,
      query: inline ? `{ ${field}(id: ${toLiteral(id)}) { id naam } }` : `query($id: ID!) { ${field}(id: $id) { id naam } }`,
      variables: inline ? undefined : { id },
      expect: 'refused' as const,
    })),
    fc.tuple(hostileString.filter((s) => s.trim() !== ''), fc.boolean()).map(([regioCode, inline]) => ({
      family: 'gemeenten(regioCode)',
      field: 'gemeenten',
      query: inline ? `{ gemeenten(regioCode: ${toLiteral(regioCode)}) { code naam } }` : 'query($r: ID) { gemeenten(regioCode: $r) { code naam } }',
      variables: inline ? undefined : { r: regioCode },
      expect: 'nothing-found' as const,
    })),
    enumArg(['EVA', 'DENNIS']).map((gids) => ({
      family: 'kenmerkCategorieen',
      field: 'kenmerkCategorieen',
      query: 'query($g: Gids) { kenmerkCategorieen(gids: $g) { code kenmerken { code children { code } } } }',
      variables: { g: gids },
      expect: 'any' as const,
    })),
  ];
}

/** Queries only a beheerder gets an answer to; anonymous callers must be refused. */
function beheerQueries(): fc.Arbitrary<Omit<GqlCase, 'as' | 'transport'>>[] {
  return [
    fc.record({ tekst: maybe(stringArg()), organisatieId: maybe(stringArg()), status: maybe(enumArg(['CONCEPT', 'GEPLAND', 'GEPUBLICEERD', 'VERLOPEN'])), gids: maybe(enumArg(['EVA'])) }).chain((filter) =>
      fc.record({ first: maybe(intArg), after: maybe(stringArg()) }).map((page) => ({
        family: 'mijnInstrumenten',
        field: 'mijnInstrumenten',
        query: 'query($f: MijnInstrumentenFilter, $first: Int, $after: String) { mijnInstrumenten(filter: $f, first: $first, after: $after) { totalCount nodes { id naam } } }',
        variables: compact({ f: compact(filter), ...page }),
        expect: 'any' as const,
      })),
    ),
    fc.tuple(fc.constantFrom('beheerInstrument(id: $v) { id }', 'beheerWijken(gemeenteCode: $v) { id }', 'beheerAanbieders(organisatieId: $v) { id }', 'auditLog(entiteitId: $v) { totalCount }', 'auditLog(organisatieId: $v) { totalCount }', 'auditLog(after: $v) { totalCount }'), stringArg()).map(([selection, v]) => ({
      family: selection.slice(0, selection.indexOf(')') + 1).replace('$v', '…'),
      field: selection.slice(0, selection.indexOf('(')),
      query: `query($v: ${selection.includes('after') ? 'String' : selection.includes('gemeenteCode') || selection.includes('beheerInstrument') ? 'ID!' : 'ID'}) { ${selection} }`,
      variables: { v },
      expect: 'any' as const,
    })),
  ];
}

const linkArb = fc.record({ label: stringArg('Website'), url: fc.oneof(stringArg('https://example.org/'), fc.constantFrom('javascript:alert(1)', 'https://example.org/\u0000', 'http://[::1]/', 'https://' + 'a'.repeat(5000) + '.nl')) });
const registratiecodeArb = fc.record({ code: stringArg('ZS-1'), label: maybe(stringArg()) }).map(compact);

/** Every string field of stap 1 and stap 2, hostile. */
function instrumentInput(known: KnownRecords, forCreate: boolean) {
  const text = maybe(stringArg());
  return fc
    .record({
      naam: forCreate ? stringArg('Proefplaatsing') : maybe(stringArg('Proefplaatsing')),
      samenvatting: text,
      doel: text,
      werkwijze: text,
      korteBeschrijving: text,
      beschrijving: text,
      voorwaarden: text,
      aanmeldinstructies: text,
      toelichtingKosten: text,
      totaleKosten: maybe(fc.oneof(fc.constantFrom('1.005', '-0.01', '1e3', '12,50'), hostileString)),
      totaleDuur: maybe(floatArg),
      duurEenheid: maybe(enumArg(['UUR', 'DAG', 'WEEK', 'MAAND'])),
      publiceerVanaf: maybe(fc.oneof(fc.constantFrom('2026-02-30', '0000-01-01', '9999-12-31', '2026-1-1'), hostileString)),
      organisatieId: forCreate ? stringArg(known.organisatieId) : maybe(stringArg(known.organisatieId)),
      aanbiederId: forCreate ? stringArg(known.aanbiederId) : maybe(stringArg(known.aanbiederId)),
      kenmerken: maybe(fc.array(stringArg(known.kenmerk), { maxLength: 4 })),
      beschikbareGebieden: maybe(fc.record({ landelijk: fc.boolean(), gemeenten: maybe(fc.array(stringArg(known.gemeente), { maxLength: 3 })), regios: maybe(fc.array(stringArg(known.regio), { maxLength: 3 })), wijken: maybe(fc.array(stringArg(), { maxLength: 2 })) }).map(compact)),
      registratiecodes: maybe(fc.array(registratiecodeArb, { maxLength: 4 })),
      links: maybe(fc.array(linkArb, { maxLength: 3 })),
      videos: maybe(fc.array(fc.record({ youtube: stringArg('rVsqEJhVLFM'), label: maybe(stringArg()) }).map(compact), { maxLength: 2 })),
      contactpersonen: maybe(fc.array(fc.record({ contactpersoonId: stringArg(), soort: enumArg(['INTERN', 'EXTERN']), label: maybe(stringArg()) }).map(compact), { maxLength: 2 })),
    })
    .map((input) => compact({ ...input, ...(forCreate ? { gids: 'DENNIS' } : {}) }));
}

const INSTRUMENT_RESULT = '{ id version naam samenvatting doel registratiecodes { code label } links { label url } }';

/**
 * Mutations with hostile input. `target: 'stale'` sends a version that cannot match, so even a beheerder must be
 * refused (CONFLICT, or NOT_FOUND for a made-up id) before any of the input is used.
 */
function mutations(known: KnownRecords, target: 'current' | 'stale'): fc.Arbitrary<Omit<GqlCase, 'as' | 'transport'> & { updatesVersionOf?: string }>[] {
  const staleVersion = fc.constantFrom(0, -1, 2 ** 31 - 1, 100_000);
  const updates = fc
    .tuple(instrumentInput(known, false), target === 'stale' ? fc.oneof(fc.constant(known.instrumentId), hostileString) : fc.constant(known.instrumentId), target === 'stale' ? staleVersion : fc.constant(-999))
    .map(([input, id, version]) => ({
      family: 'updateInstrument',
      field: 'updateInstrument',
      query: `mutation($id: ID!, $version: Int!, $input: UpdateInstrumentInput!) { updateInstrument(id: $id, version: $version, input: $input) ${INSTRUMENT_RESULT} }`,
      // -999 marks "use the instrument's current version", filled in just before sending.
      variables: { id, version, input },
      expect: target === 'stale' ? ('refused' as const) : ('any' as const),
    }));
  const creates = instrumentInput(known, true).map((input) => ({
    family: 'createInstrument',
    field: 'createInstrument',
    query: `mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) ${INSTRUMENT_RESULT} }`,
    variables: { input: target === 'stale' ? { ...input, organisatieId: 'geen-organisatie' } : input },
    expect: target === 'stale' ? ('refused' as const) : ('any' as const),
  }));
  const kenmerken = fc.tuple(fc.array(stringArg(known.kenmerk), { maxLength: 6 }), fc.boolean()).map(([codes, koppel]) => ({
    family: koppel ? 'koppelKenmerken' : 'ontkoppelKenmerken',
    field: koppel ? 'koppelKenmerken' : 'ontkoppelKenmerken',
    query: `mutation($id: ID!, $v: Int!, $codes: [String!]!) { ${koppel ? 'koppelKenmerken' : 'ontkoppelKenmerken'}(id: $id, version: $v, codes: $codes) { id version } }`,
    variables: { id: known.instrumentId, v: target === 'stale' ? 0 : -999, codes },
    expect: target === 'stale' ? ('refused' as const) : ('any' as const),
  }));
  return target === 'stale' ? [updates, creates, kenmerken] : [updates, updates, creates, kenmerken];
}

/** Mutations every anonymous caller must be refused, whatever the input. */
function anonymousMutations(known: KnownRecords): fc.Arbitrary<Omit<GqlCase, 'as' | 'transport'>>[] {
  return [
    fc.record({ email: stringArg('landelijk@test.nl'), password: stringArg() }).map((variables) => ({
      family: 'login',
      field: 'login',
      query: 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables,
      expect: 'refused' as const,
    })),
    stringArg().map((naam) => ({ family: 'wijzigProfiel', field: 'wijzigProfiel', query: 'mutation($naam: String!) { wijzigProfiel(naam: $naam) { naam } }', variables: { naam }, expect: 'refused' as const })),
    ...mutations(known, 'stale').map((arb) => arb.map((c) => ({ ...c, variables: JSON.parse(JSON.stringify(c.variables).replace('-999', '1')) }))),
    instrumentInput(known, true).map((input) => ({ family: 'createInstrument(real org)', field: 'createInstrument', query: `mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id } }`, variables: { input }, expect: 'refused' as const })),
  ];
}

/** Documents that are wrong before any resolver runs: syntax, unknown fields, shapes a form never sends. */
function malformedDocuments(): fc.Arbitrary<Omit<GqlCase, 'as' | 'transport'>> {
  const base = '{ instruments(first: 2) { nodes { id naam aanbieder { naam } } } }';
  const broken = fc.tuple(fc.nat(base.length), fc.nat(3), fc.string({ unit: fc.constantFrom('{', '}', '(', ')', '[', ']', ':', '$', '@', '!', '"', '\\', '.', '...', '#', '\u0000', '\uD800', 'é', ' '), maxLength: 4 })).map(([at, cut, junk]) => base.slice(0, at) + junk + base.slice(at + cut));
  const depth = fc.integer({ min: 5, max: 60 });
  const documents: fc.Arbitrary<string>[] = [
    broken,
    fc.constantFrom(
      '{ instruments { nodes { wachtwoordHash } } }',
      '{ sessieCaller(token: "x") { id rol } }',
      '{ me { wachtwoordHash } }',
      '{ __schema { types { name fields { name } } } }',
      '{ nietBestaand }',
      'subscription { instruments { totalCount } }',
      'query A { me { id } } query B { me { id } }',
      'fragment A on Query { ...B } fragment B on Query { ...A } { ...A }',
      'query($x: Int) { instruments(first: $y) { totalCount } }',
      'query($x: NietBestaand) { me { id } }',
      '{ instrumentSearch { totalCount } }',
      '{ instruments(first: "twintig") { totalCount } }',
      '{ instruments(filter: { kenmerken: [[["EW02"]]] }) { totalCount } }',
      '{ instruments(filter: { onbekend: 1 }) { totalCount } }',
      '{ gemeenten(regioCode: "\\uD800") { code } }',
      '{ gemeenten(regioCode: "\\u0000") { code } }',
      '{ gemeenten(regioCode: """blok\u0000""") { code } }',
      '{ me @skip(if: "ja") { id } }',
      '{ me @onbekend { id } }',
      '',
      ' ',
      '# alleen commentaar',
      '{',
      '}'.repeat(10_000),
      '{ __typename ' + '#'.repeat(200_000) + '\n }',
      '{ ' + 'me { id } '.repeat(2000) + '}',
      '{ me ' + '@include(if: true) '.repeat(1000) + '{ id } }',
    ),
    fc.integer({ min: 2, max: 3000 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ')} }`),
    fc.integer({ min: 2, max: 300 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: kenmerkCategorieen(gids: EVA) { code }`).join(' ')} }`),
    depth.map((d) => `{ kenmerkCategorieen { kenmerken { ${'children { code '.repeat(d)}${'}'.repeat(d)} } } }`),
    depth.map((d) => `{ ${'... on Query { '.repeat(d * 10)}__typename${' }'.repeat(d * 10)} }`),
    depth.map((d) => `{ instruments(filter: { kenmerken: ${'['.repeat(d)}"EW02"${']'.repeat(d)} }) { totalCount } }`),
  ];
  return fc.oneof(...documents).map((query) => ({ family: 'malformed document', query, expect: 'any' as const }));
}

/** Requests whose envelope is wrong: variables, operationName, extensions of the wrong type. */
function malformedEnvelopes(): fc.Arbitrary<Omit<GqlCase, 'as' | 'transport'>> {
  return fc
    .record({ variables: fc.oneof(wrongTyped, fc.constant({ id: { $ne: null } })), operationName: fc.oneof(fc.constant(undefined), wrongTyped, hostileString) })
    .map(({ variables, operationName }) => ({
      family: 'malformed envelope',
      query: 'query Q($id: ID!) { instrument(id: $id) { id } }',
      variables,
      operationName,
      expect: 'refused' as const,
      field: 'instrument',
    }));
}

export function anonymousCases(known: KnownRecords): fc.Arbitrary<GqlCase> {
  return fc
    .tuple(
      fc.oneof(
        { weight: 5, arbitrary: withOneWrongType(fc.oneof(...publicQueries(known))) },
        { weight: 2, arbitrary: withOneWrongType(fc.oneof(...beheerQueries()).map((c) => ({ ...c, expect: 'refused' as const }))) },
        { weight: 4, arbitrary: withOneWrongType(fc.oneof(...anonymousMutations(known))) },
        { weight: 2, arbitrary: malformedDocuments() },
        { weight: 1, arbitrary: malformedEnvelopes() },
      ),
      fc.constantFrom<'post' | 'get'>('post', 'post', 'post', 'get'),
    )
    .map(([c, transport]) => ({ ...c, as: 'anonymous', transport }));
}

/** A beheerder's requests that must all be refused or only read: stale versions, made-up organisaties. */
export function beheerderRefusedCases(known: KnownRecords): fc.Arbitrary<GqlCase> {
  return fc
    .oneof({ weight: 3, arbitrary: withOneWrongType(fc.oneof(...mutations(known, 'stale'))) }, { weight: 2, arbitrary: withOneWrongType(fc.oneof(...beheerQueries())) }, { weight: 1, arbitrary: withOneWrongType(fc.oneof(...publicQueries(known))) })
    .map((c) => ({ ...c, as: 'beheerder', transport: 'post' }));
}

/** A beheerder's mutations that may well be accepted: hostile text in a real instrument, at its current version. */
export function beheerderWritingCases(known: KnownRecords): fc.Arbitrary<GqlCase> {
  const profiel = stringArg('Beheerder').map((naam) => ({ family: 'wijzigProfiel', field: 'wijzigProfiel', query: 'mutation($naam: String!) { wijzigProfiel(naam: $naam) { naam } }', variables: { naam }, expect: 'any' as const }));
  return fc.oneof({ weight: 5, arbitrary: withOneWrongType(fc.oneof(...mutations(known, 'current'))) }, { weight: 1, arbitrary: profiel }).map((c) => ({ ...c, as: 'beheerder', transport: 'post' }));
}
