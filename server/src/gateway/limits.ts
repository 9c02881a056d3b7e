import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { FieldNode, GraphQLError } from 'graphql';
import { readIdentity } from '../core/caller.js';
import { badUserInput } from '../core/errors.js';
import type { GatewayConfig } from './config.js';
import { createRequestRateLimiter, DEFAULT_RATE_LIMITS, rateLimitPlugin, type RateLimitSettings } from './rate-limit.js';
import { trustedDocumentsPlugin } from './trusted-documents.js';

/**
 * The numbers, chosen from the real operations (web, admin, README, tests; see docs): each passes with at
 * least twice the room it needs, while the cyclic and aliased attacks are refused before a subgraph is called.
 */
export const LIMITS = {
  /** Nesting of fields (a fragment spread counts as a level). The apps need 6. */
  maxDepth: 10,
  /** The apps use none; a few let a client compare two searches in one request. */
  maxAliases: 10,
  /** Lexical tokens of the query text. The largest app operation (InstrumentDetail) has 142. */
  maxTokens: 1000,
  /** The apps use none. */
  maxDirectives: 10,
  /** Estimated cost (see demandControl below). The search screen's query is estimated at 1,012. */
  maxCost: 5000,
  /** Every list is assumed to hold this many items when estimating; nesting multiplies. */
  assumedListSize: 10,
  /** A field that runs a search (bitset counts over every facet) costs this much on top. */
  searchFieldCost: 100,
} as const;

/** Settings an operator may change (environment, see config.ts). */
export interface LimitSettings {
  rateLimit: RateLimitSettings;
  /** How long one subgraph fetch may take before its fields fail with GATEWAY_TIMEOUT. */
  upstreamTimeoutMs: number;
  /** How long a whole client request may take; after that it is answered with 503. */
  requestDeadlineMs: number;
}

const positive = (value: string | undefined, fallback: number, name: string) => {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number, not '${value}'.`);
  return n;
};

export function limitSettingsFromEnv(env: NodeJS.ProcessEnv): LimitSettings {
  return {
    rateLimit: {
      anonymousPerMinute: positive(env.RATE_LIMIT_ANONYMOUS, DEFAULT_RATE_LIMITS.anonymousPerMinute, 'RATE_LIMIT_ANONYMOUS'),
      loggedInPerMinute: positive(env.RATE_LIMIT_LOGGED_IN, DEFAULT_RATE_LIMITS.loggedInPerMinute, 'RATE_LIMIT_LOGGED_IN'),
    },
    upstreamTimeoutMs: positive(env.UPSTREAM_TIMEOUT_MS, 10_000, 'UPSTREAM_TIMEOUT_MS'),
    requestDeadlineMs: positive(env.REQUEST_DEADLINE_MS, 30_000, 'REQUEST_DEADLINE_MS'),
  };
}

/** Fields whose resolver searches (and counts facets); named here because the schema has no @cost. */
const SEARCH_FIELDS = new Set(['instrumentSearch', 'instruments', 'mijnInstrumenten']);

/** graphql-armor's rejections become BAD_USER_INPUT with a message a person can act on. */
const rejectWith =
  (message: string): GraphQLArmorRejectCallback =>
  (context, _error: GraphQLError) => {
    if (context) context.reportError(badUserInput(message));
    else throw badUserInput(message);
  };

const armor = {
  propagateOnRejection: false,
  exposeLimits: false,
};

/** Hive's demand control reports in English under its own code; clients get ours. */
const costErrorsInDutch: GatewayPlugin = {
  onExecutionResult({ result, setResult }) {
    if (!result || Symbol.asyncIterator in result) return;
    const single = result;
    if (!single.errors?.some((e) => e.extensions?.code === 'COST_ESTIMATED_TOO_EXPENSIVE')) return;
    setResult({
      ...single,
      errors: single.errors.map((e) => {
        if (e.extensions?.code !== 'COST_ESTIMATED_TOO_EXPENSIVE') return e;
        const estimated = (e.extensions?.cost as { estimated?: number } | undefined)?.estimated;
        return badUserInput(
          `Deze vraag vraagt te veel gegevens tegelijk (geschatte kosten ${estimated ?? 'onbekend'}, maximaal ${LIMITS.maxCost}). Vraag minder velden, minder geneste lijsten of kleinere pagina's.`,
        );
      }),
    });
  },
};

export interface LimitDependencies {
  /** The gateway's signed caller headers per request (verified once per request, shared with the subgraph fetches). */
  callerHeaders: (request: Request) => Promise<Record<string, string>>;
}

/**
 * The gateway's defences against abusive GraphQL, as Hive Gateway runtime options and plugins: shape limits
 * (graphql-armor, during parse and validation), an estimated cost (Hive's demandControl, before each subgraph
 * fetch), time limits, the request rate limit and trusted documents. Production hides the schema.
 */
export function limitOptions(config: GatewayConfig, { callerHeaders }: LimitDependencies) {
  const settings = config.limits;
  const callerOf = async (request: Request) => readIdentity(await callerHeaders(request)).caller;
  return {
    graphiql: !config.production,
    // Off in production: the schema is public in the repository, but not a map handed to every scanner.
    ...(config.production ? { disableIntrospection: {} } : {}),
    upstreamTimeout: settings.upstreamTimeoutMs,
    requestDeadline: settings.requestDeadlineMs,
    demandControl: {
      maxCost: LIMITS.maxCost,
      listSize: LIMITS.assumedListSize,
      fieldCost: (field: FieldNode) => (SEARCH_FIELDS.has(field.name.value) ? LIMITS.searchFieldCost : 0),
      includeExtensionMetadata: false,
    },
    plugins: () => [
      rateLimitPlugin(createRequestRateLimiter(settings.rateLimit, config.databaseUrl), callerOf),
      ...(config.trustedDocuments === 'off' ? [] : [trustedDocumentsPlugin(config)]),
      maxTokensPlugin({ ...armor, n: LIMITS.maxTokens, onReject: [rejectWith(`Deze vraag is te lang: maximaal ${LIMITS.maxTokens} onderdelen.`)] }),
      maxDepthPlugin({ ...armor, n: LIMITS.maxDepth, onReject: [rejectWith(`Deze vraag is te diep genest: maximaal ${LIMITS.maxDepth} niveaus.`)] }),
      maxAliasesPlugin({ ...armor, n: LIMITS.maxAliases, onReject: [rejectWith(`Deze vraag gebruikt te veel aliassen: maximaal ${LIMITS.maxAliases}.`)] }),
      maxDirectivesPlugin({ ...armor, n: LIMITS.maxDirectives, onReject: [rejectWith(`Deze vraag gebruikt te veel directives: maximaal ${LIMITS.maxDirectives}.`)] }),
      ...(config.production ? [blockFieldSuggestionsPlugin({ mask: '' })] : []),
      costErrorsInDutch,
    ],
  };
}
