import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { signCallerHeaders } from '../core/caller.js';
import { newSessionToken } from '../subgraphs/accounts/session-token.js';
import { DEMO_ORGANISATIES } from '../fixtures/demo-organisaties.js';
import { startTestPlatform, TEST_PASSWORD, type GraphQLResponse, type TestPlatform } from '../test-support/harness.js';

const ME = '{ me { id email naam rol organisaties { id naam } } }';
const LOGIN = 'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token gebruiker { email rol } } }';
const codeOf = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.code;
/** The `name=value` part of a Set-Cookie header, as a browser would send it back. */
const cookieOf = (response: Response) => {
  const [setCookie] = response.headers.getSetCookie();
  assert.ok(setCookie, 'the response sets a cookie');
  return { cookie: setCookie.split(';')[0]!, setCookie };
};

describe('accounts through the gateway: login, sessions, profile', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    // One demo instrument is enough for the catalog's demo organisaties; demo accounts refer to them.
    platform = await startTestPlatform({ demoInstruments: 1, demoAccounts: true });
  });
  afterAll(() => platform.close());

  it('answers me = null for an anonymous request and for a made-up token', async () => {
    assert.deepEqual(await platform.gql(ME), { data: { me: null } });
    assert.deepEqual(await platform.gql(ME, {}, platform.bearer('bogus.token')), { data: { me: null } });
  });

  it('logs in with a bearer token; me resolves organisatie names through the catalog', async () => {
    const token = await platform.login('landelijk@demo.nl', 'demo-wachtwoord');
    const result = await platform.gql(ME, {}, platform.bearer(token));
    assert.equal(result.errors, undefined, JSON.stringify(result.errors));
    const landelijk = DEMO_ORGANISATIES.find((o) => o.regioCode === null)!;
    assert.equal(result.data!.me.email, 'landelijk@demo.nl');
    assert.equal(result.data!.me.rol, 'LANDELIJK_BEHEERDER');
    assert.deepEqual(result.data!.me.organisaties, [{ id: landelijk.id, naam: 'Landelijk beheer instrumentengidsen' }]);

    const regio = await platform.gql(ME, {}, platform.bearer(await platform.login('REGIO@demo.nl', 'demo-wachtwoord')));
    assert.equal(regio.data!.me.rol, 'REGIO_BEHEERDER');
    assert.deepEqual(regio.data!.me.organisaties.map((o: { naam: string }) => o.naam).sort(), ['Werkbedrijf Groot Amsterdam', 'Werkbedrijf Rijnmond']);
  });

  it('sets an HttpOnly session cookie on login that works on the next request', async () => {
    await platform.createGebruiker({ email: 'cookie@test.nl', rol: 'PROFESSIONAL' });
    const { body, response } = await platform.gqlResponse(LOGIN, { email: 'cookie@test.nl', password: TEST_PASSWORD });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const { cookie, setCookie } = cookieOf(response);
    assert.equal(cookie, `sessie=${body.data!.login.token}`);
    for (const attribute of ['HttpOnly', 'SameSite=Lax', 'Path=/', 'Max-Age=43200']) assert.ok(setCookie.includes(attribute), `${attribute} in ${setCookie}`);
    assert.ok(!setCookie.includes('Secure'), 'no Secure outside production (plain http on localhost)');
    const me = await platform.gql(ME, {}, { cookie: `other=1; ${cookie}` });
    assert.equal(me.data!.me.email, 'cookie@test.nl');
  });

  it('gives the same error for a wrong password and an unknown e-mail address', async () => {
    await platform.createGebruiker({ email: 'bestaat@test.nl', rol: 'PROFESSIONAL' });
    const wrongPassword = await platform.gql(LOGIN, { email: 'bestaat@test.nl', password: 'niet-het-wachtwoord' });
    const unknownEmail = await platform.gql(LOGIN, { email: 'bestaat-niet@test.nl', password: TEST_PASSWORD });
    assert.equal(codeOf(wrongPassword), 'UNAUTHENTICATED');
    assert.deepEqual(wrongPassword.errors![0]!.extensions, unknownEmail.errors![0]!.extensions);
    assert.equal(wrongPassword.errors![0]!.message, unknownEmail.errors![0]!.message);
    assert.equal(wrongPassword.data?.login, undefined, "no session handed out");
  });

  it('refuses an account from an address after 5 failed logins there, even with the right password, and says when to retry', async () => {
    await platform.createGebruiker({ email: 'geraden@test.nl', rol: 'PROFESSIONAL' });
    for (let attempt = 1; attempt <= 5; attempt++) {
      assert.equal(codeOf(await platform.gql(LOGIN, { email: 'geraden@test.nl', password: `gok-${attempt}` })), 'UNAUTHENTICATED');
    }
    const blocked = await platform.gql(LOGIN, { email: 'Geraden@Test.nl', password: TEST_PASSWORD });
    assert.equal(codeOf(blocked), 'FORBIDDEN');
    assert.match(blocked.errors![0]!.message, /Te vaak .* Probeer het over \d+ minuten opnieuw\./);
    const seconds = blocked.errors![0]!.extensions!.retryAfterSeconds;
    assert.ok(seconds > 800 && seconds <= 900, `retryAfterSeconds ${seconds}`);
    // Another account from the same address is not affected by this account's limit. (That the owner from
    // another address still gets in is tested on the limiter itself: these requests all come from 127.0.0.1.)
    await platform.createGebruiker({ email: 'buurman@test.nl', rol: 'PROFESSIONAL' });
    assert.ok(await platform.login('buurman@test.nl'));
  });

  it('ends every session of a deactivated account at once; its login fails like a wrong password; activating restores the login', async () => {
    const id = await platform.createGebruiker({ email: 'vertrokken@test.nl', rol: 'REGIO_BEHEERDER' });
    const sessions = [await platform.login('vertrokken@test.nl'), await platform.login('vertrokken@test.nl')];
    const deactiveer = 'mutation($id: ID!) { deactiveerGebruiker(id: $id) { id email actief } }';
    const activeer = 'mutation($id: ID!) { activeerGebruiker(id: $id) { actief } }';
    assert.equal(codeOf(await platform.gql(deactiveer, { id })), 'UNAUTHENTICATED');
    assert.equal(codeOf(await platform.gql(deactiveer, { id }, platform.bearer(await platform.login('regio@demo.nl', 'demo-wachtwoord')))), 'FORBIDDEN');
    const beheerder = platform.bearer(await platform.login('landelijk@demo.nl', 'demo-wachtwoord'));
    const me = await platform.gql('{ me { id } }', {}, beheerder);
    const self = await platform.gql(deactiveer, { id: me.data!.me.id }, beheerder);
    assert.equal(codeOf(self), 'BAD_USER_INPUT', 'not yourself');
    assert.equal(codeOf(await platform.gql(deactiveer, { id: '00000000-0000-4000-8000-000000000000' }, beheerder)), 'NOT_FOUND');

    assert.deepEqual(await platform.gql(deactiveer, { id }, beheerder), { data: { deactiveerGebruiker: { id, email: 'vertrokken@test.nl', actief: false } } });
    for (const token of sessions) assert.deepEqual(await platform.gql(ME, {}, platform.bearer(token)), { data: { me: null } });
    const accounts = platform.subgraphs.find((s) => s.definition.name === 'accounts')!;
    assert.deepEqual(await accounts.dataSource.query(`SELECT id FROM accounts.sessie WHERE gebruiker_id = $1`, [id]), [], 'sessions deleted');
    const login = await platform.gql(LOGIN, { email: 'vertrokken@test.nl', password: TEST_PASSWORD });
    assert.equal(codeOf(login), 'UNAUTHENTICATED');
    assert.equal(login.errors![0]!.message, 'Het e-mailadres of het wachtwoord klopt niet.');
    // A session written by a login racing the deactivation does not verify either.
    const raced = newSessionToken();
    await accounts.dataSource.query(`INSERT INTO accounts.sessie (token_hash, gebruiker_id, verloopt_op) VALUES ($1, $2, now() + interval '1 hour')`, [raced.hash, id]);
    assert.deepEqual(await platform.gql(ME, {}, platform.bearer(raced.token)), { data: { me: null } });

    assert.deepEqual(await platform.gql(activeer, { id }, beheerder), { data: { activeerGebruiker: { actief: true } } });
    assert.equal((await platform.gql(ME, {}, platform.bearer(await platform.login('vertrokken@test.nl')))).data!.me.email, 'vertrokken@test.nl');
  });

  it('lists the gebruikers for a landelijk beheerder only, by e-mail address, with zoek and paging', async () => {
    const list = 'query($zoek: String, $first: Int, $after: String) { gebruikers(zoek: $zoek, first: $first, after: $after) { totalCount nodes { email naam actief } pageInfo { hasNextPage endCursor } } }';
    await platform.createGebruiker({ email: 'zoek-a@lijst.nl', naam: 'Anna 100%', rol: 'PROFESSIONAL' });
    await platform.createGebruiker({ email: 'zoek-b@lijst.nl', naam: 'Bert', rol: 'PROFESSIONAL' });
    await platform.createGebruiker({ email: 'zoek-c@lijst.nl', naam: 'Cor', rol: 'PROFESSIONAL' });
    assert.equal(codeOf(await platform.gql(list)), 'UNAUTHENTICATED');
    assert.equal(codeOf(await platform.gql(list, {}, platform.bearer(await platform.login('professional@demo.nl', 'demo-wachtwoord')))), 'FORBIDDEN');
    const beheerder = platform.bearer(await platform.login('landelijk@demo.nl', 'demo-wachtwoord'));
    const first = await platform.gql(list, { zoek: '@LIJST.nl', first: 2 }, beheerder);
    assert.equal(first.errors, undefined, JSON.stringify(first.errors));
    assert.equal(first.data!.gebruikers.totalCount, 3);
    assert.deepEqual(first.data!.gebruikers.nodes.map((n: { email: string }) => n.email), ['zoek-a@lijst.nl', 'zoek-b@lijst.nl']);
    const rest = await platform.gql(list, { zoek: '@lijst.nl', first: 2, after: first.data!.gebruikers.pageInfo.endCursor }, beheerder);
    assert.deepEqual(rest.data!.gebruikers.nodes, [{ email: 'zoek-c@lijst.nl', naam: 'Cor', actief: true }]);
    assert.equal(rest.data!.gebruikers.pageInfo.hasNextPage, false);
    // % is literal, and naam counts too.
    assert.deepEqual((await platform.gql(list, { zoek: '100%' }, beheerder)).data!.gebruikers.nodes.map((n: { email: string }) => n.email), ['zoek-a@lijst.nl']);
    assert.equal((await platform.gql(list, { zoek: 'zoek-%' }, beheerder)).data!.gebruikers.totalCount, 0);
  });

  it('keeps an audit trail of account events, for the landelijk beheerder only, newest first and paged', async () => {
    const id = await platform.createGebruiker({ email: 'gevolgd@test.nl', rol: 'PROFESSIONAL' });
    assert.equal(codeOf(await platform.gql(LOGIN, { email: 'gevolgd@test.nl', password: 'een-fout-wachtwoord' })), 'UNAUTHENTICATED');
    const token = await platform.login('gevolgd@test.nl');
    await platform.gql('mutation { wijzigProfiel(naam: "Gevolgd") { naam } }', {}, platform.bearer(token));
    const change = 'mutation($h: String!, $n: String!) { wijzigWachtwoord(huidigWachtwoord: $h, nieuwWachtwoord: $n) }';
    await platform.gql(change, { h: TEST_PASSWORD, n: 'een-ander-wachtwoord' }, platform.bearer(token));
    await platform.gql('mutation { logout }', {}, platform.bearer(token));
    const beheerder = platform.bearer(await platform.login('landelijk@demo.nl', 'demo-wachtwoord'));
    const beheerderId = (await platform.gql('{ me { id } }', {}, beheerder)).data!.me.id;
    await platform.gql('mutation($id: ID!) { deactiveerGebruiker(id: $id) { id } }', { id }, beheerder);
    await platform.gql('mutation($id: ID!) { activeerGebruiker(id: $id) { id } }', { id }, beheerder);

    const trail = 'query($id: ID, $first: Int, $after: String) { accountGebeurtenissen(gebruikerId: $id, first: $first, after: $after) { totalCount nodes { id tijdstip soort gebruikerId email doorGebruikerId clientAdres details } pageInfo { hasNextPage endCursor } } }';
    assert.equal(codeOf(await platform.gql(trail, { id })), 'UNAUTHENTICATED');
    assert.equal(codeOf(await platform.gql(trail, { id }, platform.bearer(await platform.login('regio@demo.nl', 'demo-wachtwoord')))), 'FORBIDDEN');
    const all = await platform.gql(trail, { id, first: 100 }, beheerder);
    assert.equal(all.errors, undefined, JSON.stringify(all.errors));
    const nodes = all.data!.accountGebeurtenissen.nodes;
    assert.deepEqual(nodes.map((n: { soort: string }) => n.soort), [
      'GEACTIVEERD', 'GEDEACTIVEERD', 'UITGELOGD', 'WACHTWOORD_GEWIJZIGD', 'PROFIEL_GEWIJZIGD', 'LOGIN_GELUKT', 'LOGIN_MISLUKT', 'GEBRUIKER_AANGEMAAKT',
    ]);
    const bySoort = (soort: string) => nodes.find((n: { soort: string }) => n.soort === soort);
    assert.equal(bySoort('GEDEACTIVEERD').doorGebruikerId, beheerderId);
    assert.equal(bySoort('LOGIN_MISLUKT').email, 'gevolgd@test.nl');
    assert.equal(bySoort('LOGIN_MISLUKT').doorGebruikerId, null);
    assert.match(bySoort('LOGIN_MISLUKT').clientAdres, /^(::ffff:)?127\.0\.0\.1$|^::1$/);
    assert.deepEqual(bySoort('PROFIEL_GEWIJZIGD').details, { naam: { voor: 'gevolgd', na: 'Gevolgd' } });
    for (const node of nodes) assert.ok(Date.parse(node.tijdstip) > Date.now() - 600_000);
    const json = JSON.stringify(nodes);
    for (const secret of [TEST_PASSWORD, 'een-fout-wachtwoord', 'een-ander-wachtwoord', token]) assert.ok(!json.includes(secret), 'no passwords or tokens in the trail');

    const page1 = await platform.gql(trail, { id, first: 3 }, beheerder);
    const page2 = await platform.gql(trail, { id, first: 100, after: page1.data!.accountGebeurtenissen.pageInfo.endCursor }, beheerder);
    assert.equal(page2.errors, undefined, JSON.stringify(page2.errors));
    assert.equal(page1.data!.accountGebeurtenissen.totalCount, 8);
    assert.deepEqual([...page1.data!.accountGebeurtenissen.nodes, ...page2.data!.accountGebeurtenissen.nodes].map((n: { id: string }) => n.id), nodes.map((n: { id: string }) => n.id));
    assert.equal(codeOf(await platform.gql(trail, { id: 'geen-id' }, beheerder)), 'BAD_USER_INPUT');
    assert.equal(codeOf(await platform.gql(trail, { after: 'kapot' }, beheerder)), 'BAD_USER_INPUT');
  });

  it('ends a session after 30 minutes without requests, and marks activity at most once a minute', async () => {
    await platform.createGebruiker({ email: 'stil@test.nl', rol: 'PROFESSIONAL' });
    const token = await platform.login('stil@test.nl');
    const accounts = platform.subgraphs.find((s) => s.definition.name === 'accounts')!;
    const where = `gebruiker_id = (SELECT id FROM accounts.gebruiker WHERE email = 'stil@test.nl')`;
    const setIdle = (interval: string) => accounts.dataSource.query(`UPDATE accounts.sessie SET laatst_actief_op = now() - interval '${interval}' WHERE ${where}`);
    const idleSeconds = async () => (await accounts.dataSource.query(`SELECT extract(epoch FROM now() - laatst_actief_op)::float AS s FROM accounts.sessie WHERE ${where}`))[0].s as number;

    await setIdle('30 seconds');
    assert.equal((await platform.gql(ME, {}, platform.bearer(token))).data!.me.email, 'stil@test.nl');
    assert.ok((await idleSeconds()) >= 30, 'touched less than a minute ago: no write');
    await setIdle('29 minutes');
    assert.equal((await platform.gql(ME, {}, platform.bearer(token))).data!.me.email, 'stil@test.nl');
    assert.ok((await idleSeconds()) < 60, 'a request after more than a minute marks the session active');
    await setIdle('31 minutes');
    assert.deepEqual(await platform.gql(ME, {}, platform.bearer(token)), { data: { me: null } });
    assert.equal(codeOf(await platform.gql('mutation { wijzigProfiel(naam: "Wakker") { naam } }', {}, platform.bearer(token))), 'UNAUTHENTICATED');
  });

  it('logout revokes the session: the token and the cookie no longer work', async () => {
    await platform.createGebruiker({ email: 'weg@test.nl', rol: 'PROFESSIONAL' });
    const { body, response } = await platform.gqlResponse(LOGIN, { email: 'weg@test.nl', password: TEST_PASSWORD });
    const token: string = body.data!.login.token;
    const { cookie } = cookieOf(response);
    const other = await platform.login('weg@test.nl');

    const logout = await platform.gqlResponse('mutation { logout }', {}, platform.bearer(token));
    assert.deepEqual(logout.body, { data: { logout: true } });
    const cleared = cookieOf(logout.response).setCookie;
    assert.match(cleared, /^sessie=;/);
    assert.ok(cleared.includes('Max-Age=0'));

    assert.deepEqual(await platform.gql(ME, {}, platform.bearer(token)), { data: { me: null } });
    assert.deepEqual(await platform.gql(ME, {}, { cookie }), { data: { me: null } });
    assert.equal(codeOf(await platform.gql('mutation { wijzigProfiel(naam: "X") { naam } }', {}, platform.bearer(token))), 'UNAUTHENTICATED');
    // Only that session ended; another login of the same account still works.
    assert.equal((await platform.gql(ME, {}, platform.bearer(other))).data!.me.email, 'weg@test.nl');
  });

  it('changes the password: the current one is checked, the new one works, the old one no longer', async () => {
    await platform.createGebruiker({ email: 'wissel@test.nl', rol: 'REGIO_BEHEERDER' });
    const token = await platform.login('wissel@test.nl');
    const elsewhere = await platform.login('wissel@test.nl');
    const change = 'mutation($h: String!, $n: String!) { wijzigWachtwoord(huidigWachtwoord: $h, nieuwWachtwoord: $n) }';

    const wrong = await platform.gql(change, { h: 'fout-wachtwoord-1', n: 'een-nieuw-wachtwoord' }, platform.bearer(token));
    assert.equal(codeOf(wrong), 'BAD_USER_INPUT');
    assert.deepEqual(wrong.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field), ['huidigWachtwoord']);
    const short = await platform.gql(change, { h: TEST_PASSWORD, n: 'kort' }, platform.bearer(token));
    assert.equal(codeOf(short), 'BAD_USER_INPUT');
    assert.deepEqual(short.errors![0]!.extensions!.fields, [{ field: 'nieuwWachtwoord', message: 'Het wachtwoord moet minstens 12 tekens hebben.' }]);
    assert.equal(codeOf(await platform.gql(change, { h: TEST_PASSWORD, n: 'een-nieuw-wachtwoord' })), 'UNAUTHENTICATED');

    assert.deepEqual(await platform.gql(change, { h: TEST_PASSWORD, n: 'een-nieuw-wachtwoord' }, platform.bearer(token)), { data: { wijzigWachtwoord: true } });
    assert.equal(codeOf(await platform.gql(LOGIN, { email: 'wissel@test.nl', password: TEST_PASSWORD })), 'UNAUTHENTICATED');
    assert.ok(await platform.login('wissel@test.nl', 'een-nieuw-wachtwoord'));
    // The session that made the change stays; other sessions (who knew the old password) end.
    assert.equal((await platform.gql(ME, {}, platform.bearer(token))).data!.me.email, 'wissel@test.nl');
    assert.deepEqual(await platform.gql(ME, {}, platform.bearer(elsewhere)), { data: { me: null } });

    // Guessing the current password with a stolen session runs into the same limit as logging in.
    for (let attempt = 1; attempt <= 5; attempt++) {
      assert.equal(codeOf(await platform.gql(change, { h: `gok-nummer-${attempt}`, n: 'nog-een-wachtwoord' }, platform.bearer(token))), 'BAD_USER_INPUT');
    }
    assert.equal(codeOf(await platform.gql(change, { h: 'een-nieuw-wachtwoord', n: 'nog-een-wachtwoord' }, platform.bearer(token))), 'FORBIDDEN');
    assert.equal(codeOf(await platform.gql(LOGIN, { email: 'wissel@test.nl', password: 'een-nieuw-wachtwoord' })), 'FORBIDDEN');
  });

  it('treats an expired session as no login', async () => {
    await platform.createGebruiker({ email: 'verlopen@test.nl', rol: 'PROFESSIONAL' });
    const token = await platform.login('verlopen@test.nl');
    assert.equal((await platform.gql(ME, {}, platform.bearer(token))).data!.me.email, 'verlopen@test.nl');
    const accounts = platform.subgraphs.find((s) => s.definition.name === 'accounts')!;
    await accounts.dataSource.query(
      `UPDATE accounts.sessie SET verloopt_op = now() - interval '1 second' WHERE gebruiker_id = (SELECT id FROM accounts.gebruiker WHERE email = 'verlopen@test.nl')`,
    );
    assert.deepEqual(await platform.gql(ME, {}, platform.bearer(token)), { data: { me: null } });
    assert.equal(codeOf(await platform.gql('mutation { wijzigProfiel(naam: "Later") { naam } }', {}, platform.bearer(token))), 'UNAUTHENTICATED');
  });

  it('changes the own naam, and only when logged in', async () => {
    await platform.createGebruiker({ email: 'naam@test.nl', naam: 'Oud', rol: 'PROFESSIONAL' });
    const token = await platform.login('naam@test.nl');
    const changed = await platform.gql('mutation { wijzigProfiel(naam: "  Nieuwe Naam ") { naam } }', {}, platform.bearer(token));
    assert.deepEqual(changed, { data: { wijzigProfiel: { naam: 'Nieuwe Naam' } } });
    const empty = await platform.gql('mutation { wijzigProfiel(naam: " ") { naam } }', {}, platform.bearer(token));
    assert.equal(codeOf(empty), 'BAD_USER_INPUT');
    assert.equal(codeOf(await platform.gql('mutation { wijzigProfiel(naam: "Iemand") { naam } }')), 'UNAUTHENTICATED');
  });

  it('lets only a landelijk beheerder create accounts; a duplicate e-mail is a CONFLICT', async () => {
    const create = `mutation($input: CreateGebruikerInput!) { createGebruiker(input: $input) { id email naam rol organisaties { id naam } } }`;
    const landelijk = DEMO_ORGANISATIES.find((o) => o.regioCode === null)!;
    const input = { email: 'Nieuw@Test.nl', naam: 'Nieuwe Collega', rol: 'REGIO_BEHEERDER', organisatieIds: [landelijk.id], password: 'lang-genoeg-wachtwoord' };
    assert.equal(codeOf(await platform.gql(create, { input })), 'UNAUTHENTICATED');
    for (const email of ['professional@demo.nl', 'regio@demo.nl']) {
      const result = await platform.gql(create, { input }, platform.bearer(await platform.login(email, 'demo-wachtwoord')));
      assert.equal(codeOf(result), 'FORBIDDEN', email);
    }
    const beheerder = platform.bearer(await platform.login('landelijk@demo.nl', 'demo-wachtwoord'));
    const created = await platform.gql(create, { input }, beheerder);
    assert.equal(created.errors, undefined, JSON.stringify(created.errors));
    assert.deepEqual({ ...created.data!.createGebruiker, id: undefined }, {
      id: undefined, email: 'nieuw@test.nl', naam: 'Nieuwe Collega', rol: 'REGIO_BEHEERDER',
      organisaties: [{ id: landelijk.id, naam: 'Landelijk beheer instrumentengidsen' }],
    });
    assert.ok(await platform.login('nieuw@test.nl', 'lang-genoeg-wachtwoord'));
    const duplicate = await platform.gql(create, { input: { ...input, email: 'NIEUW@test.nl' } }, beheerder);
    assert.equal(codeOf(duplicate), 'CONFLICT');
    const bad = await platform.gql(create, { input: { ...input, email: 'geen-adres', password: 'kort', organisatieIds: ['x'] } }, beheerder);
    assert.equal(codeOf(bad), 'BAD_USER_INPUT');
    assert.deepEqual(bad.errors![0]!.extensions!.fields.map((f: { field: string }) => f.field), ['email', 'organisatieIds', 'password']);
  });

  it('stores a salted scrypt hash, never the password', async () => {
    const accounts = platform.subgraphs.find((s) => s.definition.name === 'accounts')!;
    await platform.createGebruiker({ email: 'hash1@test.nl', rol: 'PROFESSIONAL' });
    await platform.createGebruiker({ email: 'hash2@test.nl', rol: 'PROFESSIONAL' });
    const rows: { wachtwoord_hash: string }[] = await accounts.dataSource.query(
      `SELECT wachtwoord_hash FROM accounts.gebruiker WHERE email IN ('hash1@test.nl', 'hash2@test.nl')`,
    );
    assert.equal(rows.length, 2);
    for (const row of rows) {
      assert.match(row.wachtwoord_hash, /^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
      assert.ok(!row.wachtwoord_hash.includes(TEST_PASSWORD));
    }
    assert.notEqual(rows[0]!.wachtwoord_hash, rows[1]!.wachtwoord_hash, 'same password, different salt');
  });

  it('keeps the session check out of the public API', async () => {
    const result = await platform.gql('{ sessieCaller(token: "x") { id } }');
    assert.equal(codeOf(result), 'GRAPHQL_VALIDATION_FAILED');
  });

  it('never forwards caller headers a client sends itself', async () => {
    // Even a correctly signed header (the test shares the secret) is replaced by the gateway's own.
    const forged = signCallerHeaders({ id: '00000000-0000-4000-8000-000000000000', rol: 'LANDELIJK_BEHEERDER', organisatieIds: [] }, '10.0.0.1', 'accounts');
    const input = { email: 'via-vals@test.nl', naam: 'Vals', rol: 'PROFESSIONAL', organisatieIds: [], password: 'lang-genoeg-wachtwoord' };
    const result = await platform.gql('mutation($input: CreateGebruikerInput!) { createGebruiker(input: $input) { id } }', { input }, forged);
    assert.equal(codeOf(result), 'UNAUTHENTICATED');
    assert.deepEqual(await platform.gql(ME, {}, forged), { data: { me: null } });
  });
});

describe('a subgraph called directly, bypassing the gateway', () => {
  let platform: TestPlatform;
  let accountsUrl: string;
  let catalogUrl: string;

  beforeAll(async () => {
    platform = await startTestPlatform();
    accountsUrl = platform.subgraphs.find((s) => s.definition.name === 'accounts')!.url;
    catalogUrl = platform.subgraphs.find((s) => s.definition.name === 'catalog')!.url;
  });
  afterAll(() => platform.close());

  const post = async (url: string, query: string, headers: Record<string, string> = {}, variables: Record<string, unknown> = {}) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphQLResponse;
  };
  const landelijk = { id: '00000000-0000-4000-8000-000000000000', rol: 'LANDELIJK_BEHEERDER' as const, organisatieIds: [] };

  it('refuses a forged or tampered x-caller header with UNAUTHENTICATED', async () => {
    const valid = signCallerHeaders(null, '127.0.0.1', 'accounts');
    const tampered = { ...valid, 'x-caller': Buffer.from(JSON.stringify({ caller: landelijk, clientAddress: null, issuedAt: Date.now() })).toString('base64url') };
    const unsigned = { 'x-caller': tampered['x-caller'] };
    for (const url of [accountsUrl, catalogUrl]) {
      for (const headers of [tampered, unsigned, { ...valid, 'x-caller-signature': 'A'.repeat(43) }]) {
        const result = await post(url, '{ __typename }', headers);
        assert.equal(codeOf(result), 'UNAUTHENTICATED', `${url} ${JSON.stringify(headers)}`);
      }
    }
  });

  it('refuses every mutation without the gateway signature, login included', async () => {
    await platform.createGebruiker({ email: 'direct@test.nl', rol: 'PROFESSIONAL' });
    const login = await post(accountsUrl, LOGIN, {}, { email: 'direct@test.nl', password: TEST_PASSWORD });
    assert.equal(codeOf(login), 'UNAUTHENTICATED');
    assert.equal(login.errors![0]!.message, 'Wijzigingen gaan alleen via de gateway.');
    assert.equal(codeOf(await post(accountsUrl, 'mutation { logout }')), 'UNAUTHENTICATED');
    // The same login through the gateway works.
    assert.ok(await platform.login('direct@test.nl'));
  });

  it('tells nothing about a token that is not valid', async () => {
    const token = await platform.login('direct@test.nl');
    const check = 'query($token: String!) { sessieCaller(token: $token) { id rol organisatieIds } }';
    const tamperedToken = token.slice(0, -2) + (token.endsWith('AA') ? 'BB' : 'AA');
    assert.deepEqual(await post(accountsUrl, check, {}, { token: tamperedToken }), { data: { sessieCaller: null } });
    assert.deepEqual(await post(accountsUrl, check, {}, { token: 'x' }), { data: { sessieCaller: null } });
    const valid = await post(accountsUrl, check, {}, { token });
    assert.equal(valid.data!.sessieCaller.rol, 'PROFESSIONAL');
  });
});
