import { authSecret } from '../core/secrets.js';
import { composeSupergraph } from '../gateway/compose.js';
import { startGateway } from '../gateway/gateway.js';
import { defaultSubgraphUrls, SESSION_SUBGRAPH } from '../topology.js';

/**
 * The gateway as its own service: SUBGRAPHS="catalog=http://catalog:4001/graphql,accounts=http://accounts:4002/graphql"
 * (default: every subgraph of topology.ts on its port of localhost). Sessions are verified at the `accounts` entry;
 * AUTH_SECRET must be the subgraphs' one. Loads no subgraph's code.
 * Fetches each subgraph's SDL (retrying while they start), composes in code and serves. SIGTERM/SIGINT stop it
 * gracefully: no new connections, requests in flight finish (SHUTDOWN_DRAIN_MS), then it exits.
 */
// Before waiting up to a minute for the subgraphs: a missing AUTH_SECRET in production is a start failure.
authSecret();
const entries = (process.env.SUBGRAPHS ?? defaultSubgraphUrls()).split(',').map((pair) => {
  const [name, url] = pair.split('=');
  if (!name || !url) throw new Error(`Bad SUBGRAPHS entry '${pair}', expected name=url`);
  return { name, url };
});

async function fetchSdl(url: string): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      const body = (await response.json()) as { data?: { _service: { sdl: string } } };
      if (body.data) return body.data._service.sdl;
    } catch {
      // not up yet
    }
    if (attempt >= 60) throw new Error(`Subgraph at ${url} did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const accountsUrl = entries.find((e) => e.name === SESSION_SUBGRAPH)?.url;
if (!accountsUrl) throw new Error(`SUBGRAPHS needs a ${SESSION_SUBGRAPH}=<url> entry: sessions are verified there.`);
const subgraphs = await Promise.all(entries.map(async (e) => ({ ...e, sdl: await fetchSdl(e.url) })));
const gateway = await startGateway({ supergraphSdl: composeSupergraph(subgraphs), port: Number(process.env.PORT ?? 4000), host: process.env.HOST ?? '0.0.0.0', accountsUrl });
console.log(`Gateway at ${gateway.url}`);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  gateway.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
