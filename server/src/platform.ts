import 'reflect-metadata';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { createSubgraphDataSource, migrate } from './core/data-source.js';
import { createApolloServer, listenSubgraph } from './core/subgraph-server.js';
import { composeSupergraph, type SubgraphSdl } from './gateway/compose.js';
import { gatewayConfigFromEnv } from './gateway/config.js';
import { startGateway } from './gateway/gateway.js';
import { SUBGRAPHS, type OpenSubgraph, type SeedOptions, type SubgraphDefinition } from './subgraphs/registry.js';

export interface RunningSubgraph {
  definition: SubgraphDefinition;
  dataSource: DataSource;
  opened: OpenSubgraph;
  server: ApolloServer<object>;
  url: string;
  sdl: string;
}

export interface PlatformOptions {
  databaseUrl: string;
  gatewayPort: number;
  /** Port per subgraph; 0 picks a free one (tests). */
  subgraphPort?: (definition: SubgraphDefinition) => number;
  seed?: SeedOptions | false;
  log?: (message: string) => void;
}

export interface RunningPlatform {
  gatewayUrl: string;
  subgraphs: RunningSubgraph[];
  supergraphSdl: string;
  /** Waits until every subgraph sees all committed changes. */
  sync(): Promise<void>;
  stop(): Promise<void>;
}

/** Migrates and seeds every subgraph's schema, starts each subgraph and the gateway in front of them. */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const log = options.log ?? (() => undefined);
  const subgraphs: RunningSubgraph[] = [];
  try {
    for (const definition of SUBGRAPHS) {
      const dataSource = createSubgraphDataSource({ ...definition, url: options.databaseUrl });
      await dataSource.initialize();
      const ran = await migrate(dataSource, definition.schema);
      if (ran.length) log(`${definition.name}: migraties uitgevoerd: ${ran.join(', ')}`);
      if (options.seed) await definition.seed(dataSource, options.seed);
      const opened = await definition.open(dataSource, log);
      const schema = await definition.buildSchema();
      const server = createApolloServer<object>(schema);
      const url = await listenSubgraph(server, options.subgraphPort?.(definition) ?? definition.port, opened.context);
      subgraphs.push({ definition, dataSource, opened, server, url, sdl: printSubgraphSchema(schema) });
    }
    const supergraphSdl = composeSupergraph(subgraphs.map<SubgraphSdl>((s) => ({ name: s.definition.name, url: s.url, sdl: s.sdl })));
    const accounts = subgraphs.find((s) => s.definition.name === 'accounts');
    if (!accounts) throw new Error('the accounts subgraph is missing');
    const gateway = await startGateway({
      supergraphSdl,
      port: options.gatewayPort,
      accountsUrl: accounts.url,
      config: gatewayConfigFromEnv(process.env, { databaseUrl: options.databaseUrl }),
    });
    return {
      gatewayUrl: gateway.url,
      subgraphs,
      supergraphSdl,
      sync: async () => {
        await Promise.all(subgraphs.map((s) => s.opened.sync()));
      },
      stop: async () => {
        await gateway.close();
        await stopSubgraphs(subgraphs);
      },
    };
  } catch (error) {
    await stopSubgraphs(subgraphs);
    throw error;
  }
}

async function stopSubgraphs(subgraphs: RunningSubgraph[]): Promise<void> {
  for (const s of subgraphs) {
    await s.server.stop();
    await s.opened.close();
    await s.dataSource.destroy();
  }
}
