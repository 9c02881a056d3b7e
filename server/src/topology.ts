/**
 * Which subgraphs there are, as plain facts: each one's name, default port and the part it plays for the
 * gateway. Data only: the gateway (which imports no subgraph) and the entry points read it without loading any
 * subgraph's code. subgraphs/registry.ts joins each subgraph's code to these facts, for exactly these names.
 */
export interface SubgraphFacts {
  readonly name: string;
  /** Default port when served on its own (docker-compose) or by `npm start`. */
  readonly port: number;
  /** The gateway passes this subgraph's Set-Cookie headers on to the client (the session cookie of login, logout). */
  readonly setsCookies: boolean;
  /** The gateway asks this subgraph who a session token belongs to (`sessieCaller`). Exactly one does. */
  readonly verifiesSessions: boolean;
}

export const SUBGRAPH_FACTS = [
  { name: 'catalog', port: 4001, setsCookies: false, verifiesSessions: false },
  { name: 'accounts', port: 4002, setsCookies: true, verifiesSessions: true },
  { name: 'reviews', port: 4003, setsCookies: false, verifiesSessions: false },
  { name: 'insights', port: 4004, setsCookies: false, verifiesSessions: false },
] as const satisfies readonly SubgraphFacts[];

export type SubgraphName = (typeof SUBGRAPH_FACTS)[number]['name'];

/** The name of the subgraph that verifies session tokens. */
export const SESSION_SUBGRAPH: SubgraphName = singleSessionSubgraph();

function singleSessionSubgraph(): SubgraphName {
  const found = SUBGRAPH_FACTS.filter((facts) => facts.verifiesSessions);
  if (found.length !== 1) throw new Error(`exactly one subgraph verifies sessions, not ${found.length}`);
  return found[0]!.name;
}

/** Whether the gateway may pass a subgraph's Set-Cookie headers to the client; an unknown name may not. */
export function maySetCookies(subgraph: string): boolean {
  return SUBGRAPH_FACTS.some((facts) => facts.name === subgraph && facts.setsCookies);
}

/** The gateway's SUBGRAPHS setting for subgraphs on their default ports of `host`: `catalog=http://...,accounts=...`. */
export function defaultSubgraphUrls(host = 'localhost'): string {
  return SUBGRAPH_FACTS.map((facts) => `${facts.name}=http://${host}:${facts.port}/graphql`).join(',');
}
