import 'reflect-metadata';
import { composeSupergraph, type SubgraphSdl } from './gateway/compose.js';
import { gatewayConfigFromEnv } from './gateway/config.js';
import { startGateway } from './gateway/gateway.js';
import type { SeedOptions } from './core/subgraph-definition.js';
import { runSubgraph, type RunningSubgraph } from './run-subgraph.js';
import { SUBGRAPHS, type RegisteredSubgraph } from './subgraphs/registry.js';
import { SESSION_SUBGRAPH } from './topology.js';

export type { RunningSubgraph } from './run-subgraph.js';

export interface PlatformOptions {
  databaseUrl: string;
  gatewayPort: number;
  /** Port per subgraph; 0 picks a free one (tests). */
  subgraphPort?: (definition: RegisteredSubgraph) => number;
  seed?: SeedOptions | false;
  log?: (message: string) => void;
}

export interface RunningPlatform {
  gatewayUrl: string;
  subgraphs: RunningSubgraph[];
  supergraphSdl: string;
  /** Waits until every subgraph sees all committed changes. */
  sync(): Promise<void>;
  /** Graceful: the gateway first (no new requests reach the subgraphs), then every subgraph drains and closes. */
  stop(): Promise<void>;
}

/** Migrates and seeds every subgraph's schema, starts each subgraph and the gateway in front of them. */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const subgraphs: RunningSubgraph[] = [];
  try {
    for (const definition of SUBGRAPHS) {
      const port = options.subgraphPort?.(definition) ?? definition.port;
      subgraphs.push(await runSubgraph(definition, { databaseUrl: options.databaseUrl, port, seed: options.seed, log: options.log }));
    }
    const supergraphSdl = composeSupergraph(subgraphs.map<SubgraphSdl>((s) => ({ name: s.definition.name, url: s.url, sdl: s.sdl })));
    const sessions = subgraphs.find((s) => s.definition.name === SESSION_SUBGRAPH);
    if (!sessions) throw new Error(`the ${SESSION_SUBGRAPH} subgraph is missing`);
    const gateway = await startGateway({
      supergraphSdl,
      port: options.gatewayPort,
      accountsUrl: sessions.url,
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
        await Promise.all(subgraphs.map((s) => s.stop()));
      },
    };
  } catch (error) {
    await Promise.all(subgraphs.map((s) => s.stop()));
    throw error;
  }
}
