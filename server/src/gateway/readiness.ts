import { Kind, parse, type ConstValueNode } from 'graphql';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

const stringArgument = (value: ConstValueNode | undefined) => (value?.kind === Kind.STRING ? value.value : undefined);

/** The subgraphs a supergraph routes to: the `@join__graph(name, url)` values of its `join__Graph` enum. */
export function subgraphEndpoints(supergraphSdl: string): SubgraphEndpoint[] {
  const endpoints: SubgraphEndpoint[] = [];
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') continue;
    for (const value of definition.values ?? []) {
      const directive = value.directives?.find((d) => d.name.value === 'join__graph');
      const argument = (name: string) => stringArgument(directive?.arguments?.find((a) => a.name.value === name)?.value);
      const name = argument('name');
      const url = argument('url');
      if (name && url) endpoints.push({ name, url });
    }
  }
  return endpoints;
}

/**
 * Ready: the runtime has its supergraph and every subgraph answers a trivial query within `timeoutMs`. A load
 * balancer then sends traffic only to a gateway that can serve it; `/healthz` stays up meanwhile, so a gateway
 * waiting for a slow subgraph is not restarted for it.
 */
export function createReadinessCheck(hasSchema: () => Promise<boolean>, subgraphs: SubgraphEndpoint[], timeoutMs = 2000) {
  const answers = async ({ url }: SubgraphEndpoint) => {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = (await response.json()) as { data?: { __typename?: string } };
      return response.ok && body.data?.__typename === 'Query';
    } catch {
      return false;
    }
  };
  return async (): Promise<{ ready: boolean; subgraphs: Record<string, boolean> }> => {
    const [schema, ...results] = await Promise.all([hasSchema().catch(() => false), ...subgraphs.map(answers)]);
    const status = Object.fromEntries(subgraphs.map((s, i) => [s.name, results[i]!]));
    return { ready: schema && results.every(Boolean), subgraphs: status };
  };
}
