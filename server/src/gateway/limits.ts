import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { IncomingMessage } from 'node:http';
import type { Caller } from '../core/caller.js';
import { badUserInput } from '../core/errors.js';
import type { GatewayConfig } from './config.js';
import { costLimitPlugin, type CostModel } from './cost.js';
import { createRequestRateLimiter, DEFAULT_RATE_LIMITS, rateLimitPlugin, type RateLimitSettings } from './rate-limit.js';
import { subgraphFailures } from './subgraph-failures.js';
import { trustedDocumentsPlugin } from './trusted-documents.js';

/**
 * The numbers, chosen from the real operations (web, admin, README, tests; see docs): each passes with room to
 * spare, while the cyclic and aliased attacks are refused before a subgraph is called.
 */
export const LIMITS = {
  /** Nesting of fields (a fragment spread counts as a level). The apps need 6. */
  maxDepth: 10,
  /** The apps use none; a few let a client compare searches in one request. */
  maxAliases: 10,
  /** Lexical tokens of the query text. The largest app operation (InstrumentDetail) has 132. */
  maxTokens: 1000,
  /** The apps use none. */
  maxDirectives: 10,
  cost: {
    maxCost: 50_000,
    assumedListSize: 10,
    // Upper bounds of the reference data (2026: 35 regio's, at most 18 gemeenten in one, 342 gemeenten).
    listSizes: {
      'Query.regios': 35,
      'Query.gemeenten': 342,
      'Regio.gemeenten': 20,
      'Query.organisaties': 100,
      'KenmerkCategorie.kenmerken': 20,
      'Facet.opties': 20,
    },
    // One search (bitsets and every facet count) takes about as long as returning 200 objects.
    fieldCosts: { instrumentSearch: 200, instruments: 200, mijnInstrumenten: 200 },
  } satisfies CostModel,
};

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
      apiKeyPerMinute: positive(env.RATE_LIMIT_API_KEY, DEFAULT_RATE_LIMITS.apiKeyPerMinute, 'RATE_LIMIT_API_KEY'),
    },
    upstreamTimeoutMs: positive(env.UPSTREAM_TIMEOUT_MS, 10_000, 'UPSTREAM_TIMEOUT_MS'),
    requestDeadlineMs: positive(env.REQUEST_DEADLINE_MS, 30_000, 'REQUEST_DEADLINE_MS'),
  };
}

/**
 * Fields that do a whole file's work in one call (an import runs every instrument through beheer, about 25 ms
 * each): their subgraph fetch may take the whole request deadline instead of the upstream timeout.
 */
const FILE_FIELDS = new Set(['importInstrumenten', 'exportInstrumenten', 'exportInstrumentenPagina']);

function asksFileField(document: DocumentNode | undefined): boolean {
  return !!document?.definitions.some(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      definition.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && FILE_FIELDS.has(selection.name.value)),
  );
}

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

export interface LimitDependencies {
  /** The caller of a client request (verified once per request by the HTTP layer, shared with the subgraph fetches). */
  callerOf: (req: IncomingMessage) => Promise<Caller | null>;
}

/**
 * The gateway's defences against abusive GraphQL, as Hive Gateway runtime options and plugins: shape limits
 * (graphql-armor, during parse and validation), an estimated cost (cost.ts, before the gateway plans or fetches),
 * time limits, the request rate limit and trusted documents. Production hides the schema.
 */
export function limitOptions(config: GatewayConfig, { callerOf }: LimitDependencies) {
  const settings = config.limits;
  return {
    graphiql: !config.production,
    // Off in production: the schema is public in the repository, but not a map handed to every scanner.
    ...(config.production ? { disableIntrospection: {} } : {}),
    upstreamTimeout: ({ executionRequest }: { executionRequest?: { document?: DocumentNode } }) =>
      asksFileField(executionRequest?.document) ? settings.requestDeadlineMs : settings.upstreamTimeoutMs,
    requestDeadline: settings.requestDeadlineMs,
    plugins: () => [
      rateLimitPlugin(createRequestRateLimiter(settings.rateLimit, config.databaseUrl), callerOf),
      ...(config.trustedDocuments === 'off' ? [] : [trustedDocumentsPlugin(config)]),
      maxTokensPlugin({ ...armor, n: LIMITS.maxTokens, onReject: [rejectWith(`Deze vraag is te lang: maximaal ${LIMITS.maxTokens} onderdelen.`)] }),
      maxDepthPlugin({ ...armor, n: LIMITS.maxDepth, onReject: [rejectWith(`Deze vraag is te diep genest: maximaal ${LIMITS.maxDepth} niveaus.`)] }),
      maxAliasesPlugin({ ...armor, n: LIMITS.maxAliases, onReject: [rejectWith(`Deze vraag gebruikt te veel aliassen: maximaal ${LIMITS.maxAliases}.`)] }),
      maxDirectivesPlugin({ ...armor, n: LIMITS.maxDirectives, onReject: [rejectWith(`Deze vraag gebruikt te veel directives: maximaal ${LIMITS.maxDirectives}.`)] }),
      ...(config.production ? [blockFieldSuggestionsPlugin({ mask: '' })] : []),
      costLimitPlugin(LIMITS.cost),
      subgraphFailures,
    ],
  };
}
