import { randomBytes } from 'node:crypto';
import 'reflect-metadata';
import { dropDatabase, ensureDatabase, withDatabase } from '../core/database.js';
import { startPlatform, type RunningPlatform } from '../platform.js';
import type { SeedOptions } from '../core/subgraph-definition.js';
import type { Rol } from '../subgraphs/accounts/accounts.enums.js';
import type { OpenAccounts } from '../subgraphs/accounts/accounts.context.js';

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run the tests with `npm test`.');
  return url;
}

/** A fresh database on the test server, for one test file. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = 'test_' + randomBytes(6).toString('hex');
  await ensureDatabase(serverUrl(), name);
  return { url: withDatabase(serverUrl(), name), drop: () => dropDatabase(serverUrl(), name) };
}

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface TestGebruiker {
  email: string;
  naam?: string;
  rol: Rol | `${Rol}`;
  organisatieIds?: string[];
  /** Defaults to TEST_PASSWORD. */
  password?: string;
}

export const TEST_PASSWORD = 'test-wachtwoord-123';

export interface TestPlatform extends RunningPlatform {
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  /** Like gql, but also hands back the HTTP response (status, Set-Cookie). */
  gqlResponse<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ body: GraphQLResponse<T>; response: Response }>;
  /** Creates an account directly through the accounts service (no login needed); returns its id. */
  createGebruiker(gebruiker: TestGebruiker): Promise<string>;
  /** Logs in through the gateway; returns the session token (throws when the login fails). */
  login(email: string, password?: string): Promise<string>;
  /** `{ authorization: 'Bearer <token>' }`. */
  bearer(token: string): Record<string, string>;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real platform (subgraphs + gateway on free ports) on a fresh database; requests go over HTTP. */
export async function startTestPlatform(seed: SeedOptions = { demoInstruments: 0 }): Promise<TestPlatform> {
  const db = await createTestDatabase();
  const platform = await startPlatform({ databaseUrl: db.url, gatewayPort: 0, subgraphPort: () => 0, seed });
  const gqlResponse = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { body: (await response.json()) as GraphQLResponse<any>, response };
  };
  const accounts = () => {
    const found = platform.subgraphs.find((s) => s.definition.name === 'accounts');
    if (!found) throw new Error('the accounts subgraph is not running');
    return found.opened as OpenAccounts;
  };
  return {
    ...platform,
    databaseUrl: db.url,
    gqlResponse,
    async gql(query, variables, headers) {
      return (await gqlResponse(query, variables, headers)).body;
    },
    async createGebruiker({ email, naam, rol, organisatieIds = [], password = TEST_PASSWORD }) {
      const gebruiker = await accounts().services.gebruikers.create({ email, naam: naam ?? email.split('@')[0]!, rol: rol as Rol, organisatieIds, password });
      return gebruiker.id;
    },
    async login(email, password = TEST_PASSWORD) {
      const { body } = await gqlResponse('mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', { email, password });
      if (!body.data?.login) throw new Error(`login ${email} failed: ${JSON.stringify(body.errors)}`);
      return body.data.login.token as string;
    },
    bearer: (token) => ({ authorization: `Bearer ${token}` }),
    async close() {
      await platform.stop();
      await db.drop();
    },
  };
}
