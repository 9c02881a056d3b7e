import { randomBytes } from 'node:crypto';
import 'reflect-metadata';
import { dropDatabase, ensureDatabase, withDatabase } from '../core/database.js';
import { startPlatform, type RunningPlatform } from '../platform.js';
import type { SeedOptions } from '../subgraphs/registry.js';

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

export interface TestPlatform extends RunningPlatform {
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  databaseUrl: string;
  close(): Promise<void>;
}

/** The real platform (subgraphs + gateway on free ports) on a fresh database; requests go over HTTP. */
export async function startTestPlatform(seed: SeedOptions = { demoInstruments: 0 }): Promise<TestPlatform> {
  const db = await createTestDatabase();
  const platform = await startPlatform({ databaseUrl: db.url, gatewayPort: 0, subgraphPort: () => 0, seed });
  return {
    ...platform,
    databaseUrl: db.url,
    async gql(query, variables, headers = {}) {
      const response = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<any>;
    },
    async close() {
      await platform.stop();
      await db.drop();
    },
  };
}
