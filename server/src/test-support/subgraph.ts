import type { DataSource } from 'typeorm';
import { QueryCounter } from '../core/query-counter.js';
import { createSubgraphDataSource } from '../core/data-source.js';
import { signCallerHeaders, type Caller } from '../core/caller.js';
import { createApolloServer } from '../core/subgraph-server.js';
import type { SubgraphDefinition } from '../core/subgraph-definition.js';
import { bootSubgraph } from '../run-subgraph.js';
import { createTestDatabase, type GraphQLResponse } from './harness.js';

export interface SubgraphUnderTest {
  dataSource: DataSource;
  counter: QueryCounter;
  /**
   * Runs an operation against the subgraph schema in process (no port), with a fresh request context.
   * With `as`, the request carries gateway-signed caller headers (null: anonymous through the gateway).
   */
  execute<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, as?: Caller | null): Promise<GraphQLResponse<T>>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** One subgraph on its own fresh database, booted as it is served, with every SQL statement counted. */
export async function startSubgraphUnderTest(definition: SubgraphDefinition, demoInstruments: number): Promise<SubgraphUnderTest> {
  const db = await createTestDatabase();
  const counter = new QueryCounter();
  const dataSource = createSubgraphDataSource({ ...definition, url: db.url, logger: counter });
  await dataSource.initialize();
  const { opened, schema } = await bootSubgraph(definition, dataSource, { seed: { demoInstruments } });
  const server = createApolloServer<object>(schema);
  await server.start();
  return {
    dataSource,
    counter,
    async execute(query, variables, as) {
      const headers = as === undefined ? {} : signCallerHeaders(as, '127.0.0.1', definition.name);
      const response = await server.executeOperation({ query, variables }, { contextValue: await opened.context({ req: { headers } }) });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      return response.body.singleResult as GraphQLResponse<any>;
    },
    sync: () => opened.sync(),
    async close() {
      await server.stop();
      await opened.close();
      await dataSource.destroy();
      await db.drop();
    },
  };
}
