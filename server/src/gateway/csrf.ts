import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';

/** Content types a browser may post cross-site without a CORS preflight. */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * A form post or a GET from another site needs no preflight, so CORS alone does not stop it: such requests must
 * carry a header only scripts can set (JSON requests already needed a preflight, so they pass). Yoga's own CSRF
 * plugin does the same, but refuses with an English message and no code.
 */
export function csrfPrevention(requestHeaders: string[]): GatewayPlugin {
  return {
    onRequestParse({ request }) {
      const type = request.headers.get('content-type')?.toLowerCase();
      if (type && !SIMPLE_CONTENT_TYPES.some((simple) => type.startsWith(simple))) return;
      if (requestHeaders.some((name) => request.headers.has(name))) return;
      throw new GraphQLError(`Deze aanvraag mist de beveiligingsheader ${requestHeaders[0]}. Stuur die header mee, of stuur de vraag als JSON (POST met content-type application/json).`, {
        extensions: { code: 'BAD_REQUEST', http: { status: 403 } },
      });
    },
  };
}
