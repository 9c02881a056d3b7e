import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, it, jest } from '@jest/globals';

jest.setTimeout(10 * 60_000);
import fc from 'fast-check';
import type { DataSource } from 'typeorm';
import { BESTANDEN_DIR } from '../core/bestanden.js';
import { startTestPlatform, type TestPlatform } from '../test-support/harness.js';
import { accountEventsSince, changedTables, fingerprintTables, lastAccountEventId, REFUSAL_EVENTS, VOLATILE_TABLES } from '../test-support/fuzz/fingerprint.js';
import { anonymousCases, beheerderRefusedCases, beheerderWritingCases, type GqlCase, type KnownRecords } from '../test-support/fuzz/graphql-cases.js';
import { checkAnswer, messageKind, sendCase } from '../test-support/fuzz/graphql-check.js';
import { BROKEN_BESTAND_HASH, rawCases } from '../test-support/fuzz/http-cases.js';
import { rawExchange } from '../test-support/fuzz/raw-http.js';
import { FuzzReport, runPool, watchProcessErrors } from '../test-support/fuzz/report.js';

/**
 * Hostile requests at the real platform's gateway: malformed HTTP over a plain socket, then GraphQL with hostile
 * arguments, anonymously and as a logged-in beheerder. fast-check generates the cases from a fixed seed
 * (FUZZ_SEED overrides it); every failure is reported with its input, grouped by symptom.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const RAW_REQUESTS = Number(process.env.FUZZ_RAW ?? 700);
const ANONYMOUS_REQUESTS = Number(process.env.FUZZ_ANONYMOUS ?? 800);
const REFUSED_REQUESTS = Number(process.env.FUZZ_REFUSED ?? 300);
const WRITING_REQUESTS = Number(process.env.FUZZ_WRITING ?? 250);
const CONCURRENCY = 6;

/** Tables a beheerder's accepted instrument edits and profile changes may change; every other one must not. */
const WRITABLE_TABLES = [
  ...['instrument', 'instrument_kenmerk', 'instrument_regio', 'instrument_gemeente', 'instrument_wijk', 'instrument_contactpersoon', 'registratiecode', 'link', 'video', 'locatie', 'download', 'audit_record'].map((t) => `catalog.${t}`),
  'accounts.gebruiker',
];

/** Account events a beheerder's accepted profile change writes (the writing cases include wijzigProfiel). */
const PROFILE_EVENTS = ['PROFIEL_GEWIJZIGD'];

describe('fuzz: hostile requests at the gateway', () => {
  let platform: TestPlatform;
  let catalog: DataSource;
  let known: KnownRecords;
  let beheerder: Record<string, string>;
  let port: number;
  const processErrors = watchProcessErrors();
  const reports: FuzzReport[] = [];

  const sample = <T>(arb: fc.Arbitrary<T>, numRuns: number, offset: number) => fc.sample(arb, { seed: SEED + offset, numRuns });
  const fingerprint = () => fingerprintTables(catalog);
  /** Account events written since `afterId` that are not in `allowed` (the audit table is volatile, its kinds are not). */
  const unexpectedEvents = async (afterId: number, allowed: string[]) =>
    (await accountEventsSince(catalog, afterId)).filter((e) => !allowed.includes(e.soort)).map((e) => `${e.soort} x${e.n}`);

  beforeAll(async () => {
    platform = await startTestPlatform({ demoInstruments: 30 });
    port = Number(new URL(platform.gatewayUrl).port);
    catalog = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.dataSource;
    const [org] = await catalog.query('SELECT o.id, a.id AS aanbieder FROM organisatie o JOIN aanbieder a ON a.organisatie_id = o.id ORDER BY o.naam LIMIT 1');
    await platform.createGebruiker({ email: 'landelijk@test.nl', rol: 'LANDELIJK_BEHEERDER', organisatieIds: [org.id] });
    beheerder = platform.bearer(await platform.login('landelijk@test.nl'));
    const created = await platform.gql('mutation($input: CreateInstrumentInput!) { createInstrument(input: $input) { id } }', { input: { gids: 'DENNIS', organisatieId: org.id, aanbiederId: org.aanbieder, naam: 'Fuzzdoel', korteBeschrijving: 'Wordt door de fuzz-test bewerkt.' } }, beheerder);
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    known = { organisatieId: org.id, aanbiederId: org.aanbieder, instrumentId: created.data!.createInstrument.id, gemeente: 'GM0363', regio: 'AM18', kenmerk: 'EW02' };
    // A download whose file exists but cannot be read: a directory where the file should be.
    await mkdir(path.join(BESTANDEN_DIR, BROKEN_BESTAND_HASH.slice(0, 2), `${BROKEN_BESTAND_HASH}.pdf`), { recursive: true });
  });

  afterAll(async () => {
    processErrors.stop();
    for (const report of reports) console.log(report.summary());
    if (processErrors.errors.length) console.log(`[fuzz] errors that would have ended the process:\n${processErrors.errors.slice(0, 5).join('\n')}`);
    await platform?.close();
  });

  const failuresOf = (report: FuzzReport) => `${report.failureCount} failures\n${report.summary()}`;

  async function runGraphQL(report: FuzzReport, cases: GqlCase[], concurrency: number, prepare: (c: GqlCase) => Promise<GqlCase> = async (c) => c) {
    await runPool(cases, concurrency, async (kase) => {
      const c = await prepare(kase);
      checkAnswer(report, c, await sendCase(platform.gatewayUrl, c, c.as === 'beheerder' ? beheerder : {}));
    });
  }

  it('answers every malformed raw HTTP request with an HTTP status below 500, and changes nothing', async () => {
    const report = new FuzzReport('raw HTTP', SEED);
    reports.push(report);
    const before = await fingerprint();
    const cases = sample(rawCases(`/bestanden/${BROKEN_BESTAND_HASH}.pdf`), RAW_REQUESTS, 1);
    await runPool(cases, CONCURRENCY, async ({ description, bytes }) => {
      const outcome = await rawExchange(port, bytes, { timeoutMs: 10_000 });
      if (outcome.kind !== 'response') {
        report.status(outcome.kind);
        report.fail(`no HTTP answer (${outcome.kind}: ${outcome.detail})`, description);
        return;
      }
      report.status(outcome.status);
      if (outcome.status >= 500) report.fail(`HTTP ${outcome.status}: ${messageKind(outcome.body.toString('utf8'))}`, `${description} -> ${outcome.body.toString('utf8').slice(0, 300)}`);
      // A HEAD answer has the headers of the GET answer (a JSON content type too) but never a body to read.
      const head = bytes.subarray(0, 5).toString('latin1') === 'HEAD ';
      if (!head && /json/.test(outcome.headers['content-type'] ?? '')) {
        try {
          const body = JSON.parse(outcome.body.toString('utf8')) as { errors?: { message?: string; extensions?: { code?: unknown } }[] };
          for (const error of body.errors ?? []) {
            report.code(typeof error.extensions?.code === 'string' ? error.extensions.code : '(none)');
            if (typeof error.extensions?.code !== 'string') report.fail(`error without extensions.code (HTTP ${outcome.status}): ${messageKind(error.message)}`, description);
          }
        } catch {
          report.fail(`HTTP ${outcome.status} with unparseable JSON`, `${description} -> ${outcome.body.toString('utf8').slice(0, 200)}`);
        }
      }
    });
    assert.deepEqual(changedTables(before, await fingerprint()), [], 'raw requests changed the database');
    assert.equal(report.failureCount, 0, failuresOf(report));
  });

  it('refuses or answers every hostile GraphQL request of an anonymous caller with a code, and changes nothing', async () => {
    const report = new FuzzReport('GraphQL anonymous', SEED);
    reports.push(report);
    const before = await fingerprint();
    const events = await lastAccountEventId(catalog);
    await runGraphQL(report, sample(anonymousCases(known), ANONYMOUS_REQUESTS, 2), CONCURRENCY);
    assert.deepEqual(changedTables(before, await fingerprint()), [], `anonymous requests changed the database (volatile tables left out: ${VOLATILE_TABLES.join(', ')})`);
    assert.deepEqual(await unexpectedEvents(events, REFUSAL_EVENTS), [], 'anonymous requests wrote account events other than failed logins');
    assert.equal(report.failureCount, 0, failuresOf(report));
  });

  it('refuses a beheerder\'s stale or made-up mutations whatever their input, and changes nothing', async () => {
    const report = new FuzzReport('GraphQL beheerder, refused', SEED);
    reports.push(report);
    const before = await fingerprint();
    const events = await lastAccountEventId(catalog);
    await runGraphQL(report, sample(beheerderRefusedCases(known), REFUSED_REQUESTS, 3), CONCURRENCY);
    assert.deepEqual(changedTables(before, await fingerprint()), [], 'refused beheerder requests changed the database');
    assert.deepEqual(await unexpectedEvents(events, REFUSAL_EVENTS), [], 'refused beheerder requests wrote account events other than failed logins');
    assert.equal(report.failureCount, 0, failuresOf(report));
  });

  it('takes or refuses a beheerder\'s hostile edits with a code, keeps the instrument consistent, and changes nothing else', async () => {
    const report = new FuzzReport('GraphQL beheerder, writing', SEED);
    reports.push(report);
    const readOnly = [...VOLATILE_TABLES, ...WRITABLE_TABLES];
    const before = await fingerprintTables(catalog, ['catalog', 'accounts'], readOnly);
    const events = await lastAccountEventId(catalog);
    const versionOf = async () => (await catalog.query('SELECT version FROM instrument WHERE id = $1', [known.instrumentId]))[0].version as number;
    // One at a time, each at the instrument's current version, so edits get past the version check.
    await runGraphQL(report, sample(beheerderWritingCases(known), WRITING_REQUESTS, 4), 1, async (c) => ({ ...c, variables: JSON.parse(JSON.stringify(c.variables).replace(/-999/g, String(await versionOf()))) }));
    assert.deepEqual(changedTables(before, await fingerprintTables(catalog, ['catalog', 'accounts'], readOnly)), [], 'hostile edits changed tables outside the instrument');
    assert.deepEqual(await unexpectedEvents(events, [...REFUSAL_EVENTS, ...PROFILE_EVENTS]), [], 'hostile edits wrote account events other than failed logins and profile changes');

    // What a beheerder and the public see of the edited instrument still reads without errors, and the audit agrees.
    const read = await platform.gql('query($id: ID!) { beheerInstrument(id: $id) { version naam registratiecodes { code label } links { label url } } }', { id: known.instrumentId }, beheerder);
    assert.equal(read.errors, undefined, JSON.stringify(read.errors));
    const [latest] = await catalog.query(`SELECT na FROM audit_record WHERE entiteit_id = $1 ORDER BY tijdstip DESC, id DESC LIMIT 1`, [known.instrumentId]);
    const [{ audits }] = await catalog.query('SELECT count(*)::int AS audits FROM audit_record WHERE entiteit_id = $1', [known.instrumentId]);
    assert.ok(audits <= read.data!.beheerInstrument.version, `${audits} audit records for version ${read.data!.beheerInstrument.version}`);
    assert.deepEqual(latest.na.naam, read.data!.beheerInstrument.naam, 'the last audit record shows the stored naam');
    assert.deepEqual(
      (latest.na.registratiecodes as { code: string }[]).map((r) => r.code),
      read.data!.beheerInstrument.registratiecodes.map((r: { code: string }) => r.code).sort(),
      'the last audit record shows the stored registratiecodes',
    );
    for (const query of ['{ mijnInstrumenten(first: 100) { nodes { naam samenvatting doel links { url } } } }', '{ instrumentSearch(gids: DENNIS, filter: { tekst: "fuzzdoel" }) { totalCount } }']) {
      const answer = await platform.gql(query, {}, beheerder);
      assert.equal(answer.errors, undefined, `${query}: ${JSON.stringify(answer.errors)}`);
    }
    assert.equal(report.failureCount, 0, failuresOf(report));
  });

  it('refuses NUL and lone surrogates in string arguments as wrong input, never as a server error', async () => {
    const version = async () => (await catalog.query('SELECT version FROM instrument WHERE id = $1', [known.instrumentId]))[0].version as number;
    const UPDATE = 'mutation($id: ID!, $v: Int!, $input: UpdateInstrumentInput!) { updateInstrument(id: $id, version: $v, input: $input) { naam } }';
    const cases: [string, () => Promise<{ data?: Record<string, any> | null; errors?: { extensions?: Record<string, any> }[] }>, (data: Record<string, any>) => boolean][] = [
      ['gemeenten(regioCode: NUL)', () => platform.gql('query($r: ID) { gemeenten(regioCode: $r) { code } }', { r: '\u0000' }), (d) => d.gemeenten.length === 0],
      ['login(email: NUL)', () => platform.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: 'a\u0000@test.nl', p: 'x' }), () => false],
      ['mijnInstrumenten(tekst: NUL)', () => platform.gql('query($t: String) { mijnInstrumenten(filter: { tekst: $t }) { totalCount } }', { t: 'a\u0000' }, beheerder), (d) => d.mijnInstrumenten.totalCount === 0],
      ['wijzigProfiel(naam: NUL)', () => platform.gql('mutation($n: String!) { wijzigProfiel(naam: $n) { naam } }', { n: 'Naam\u0000' }, beheerder), () => false],
      ['koppelKenmerken(codes: [NUL])', async () => platform.gql('mutation($id: ID!, $v: Int!, $c: [String!]!) { koppelKenmerken(id: $id, version: $v, codes: $c) { id } }', { id: known.instrumentId, v: await version(), c: ['\u0000'] }, beheerder), () => false],
      ['updateInstrument(naam: NUL)', async () => platform.gql(UPDATE, { id: known.instrumentId, v: await version(), input: { naam: 'Fuzz\u0000doel' } }, beheerder), () => false],
      // A lone surrogate cannot be stored as UTF-8: refused, or it would come back as U+FFFD (changed silently).
      ['updateInstrument(naam: lone surrogate)', async () => platform.gql(UPDATE, { id: known.instrumentId, v: await version(), input: { naam: 'Fuzz\uD800doel' } }, beheerder), (d) => d.updateInstrument.naam === 'Fuzz\uD800doel'],
    ];
    const wrong: string[] = [];
    for (const [name, send, acceptable] of cases) {
      const answer = await send();
      const code = answer.errors?.[0]?.extensions?.code;
      if (answer.errors?.length ? code !== 'BAD_USER_INPUT' : !acceptable(answer.data!)) wrong.push(`${name}: ${JSON.stringify(answer)}`);
    }
    assert.deepEqual(wrong, [], 'expected BAD_USER_INPUT (or an empty answer for a search)');
  });

  it('is still alive afterwards: no crash recorded, and the gateway answers a normal query', async () => {
    const answer = await platform.gql('{ gemeenten(regioCode: "AM18") { code } }');
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
    assert.ok((answer.data!.gemeenten as unknown[]).length > 0);
    assert.deepEqual(processErrors.errors.map((e) => e.split('\n').slice(0, 3).join(' | ')), [], 'errors that would have ended the process');
  });
});

