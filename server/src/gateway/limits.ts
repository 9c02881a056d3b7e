import type { GatewayConfig } from './config.js';

/**
 * The gateway's defences against abusive GraphQL: the runtime options and plugins that bound what one request
 * may cost. (Filled in by the hardening work: depth, aliases, tokens, directives, cost, rate limits.)
 */
export function limitOptions(_config: GatewayConfig) {
  return {};
}
