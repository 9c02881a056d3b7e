import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, Kind, parse, print, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { GatewayConfig } from './config.js';
import { EXPORT_DOCUMENTS } from './export-tables.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The manifests `npm run codegen` writes (hash → document) for the browser apps. */
export const TRUSTED_DOCUMENT_MANIFESTS = ['web', 'admin'].map((app) => path.join(root, app, 'src/__generated__/persisted-documents.json'));

export interface TrustedDocuments {
  /** The document for a manifest hash (`sha256:<hex>` as codegen writes it, or the bare hex). */
  byId(id: string): string | undefined;
  /** Whether a query text is one of the documents, up to selection order, white space and `__typename`. */
  hasQuery(query: string): boolean;
}

export function loadTrustedDocuments(manifests: string[] = TRUSTED_DOCUMENT_MANIFESTS): TrustedDocuments {
  const documents = new Map<string, string>();
  for (const file of manifests) {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [hash, document] of Object.entries(manifest)) {
      documents.set(hash, document);
      documents.set(hash.replace(/^sha256:/, ''), document);
    }
  }
  // The CSV export's own documents (export.ts) run through the runtime like any client's: the server wrote them.
  const keys = new Set([...documents.values(), ...EXPORT_DOCUMENTS].map(canonicalKey));
  return {
    byId: (id) => documents.get(id),
    hasQuery: (query) => keys.has(canonicalKey(query)),
  };
}

/**
 * A key equal for documents that ask the same thing. The apps send their generated documents as text, but
 * Apollo Client adds `__typename` and prints in source order, while codegen's manifest is sorted: both sides
 * are reduced to one form (no `__typename`; selections, arguments, variables and definitions sorted; a mutation's own fields kept in
 * order since they run in order). Text that does not parse gets a key no document has.
 */
export function canonicalKey(query: string): string {
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true });
  } catch {
    return 'unparsable';
  }
  const byText = (a: ASTNode, b: ASTNode) => (print(a) < print(b) ? -1 : 1);
  const canonical = visit(document, {
    OperationDefinition: (node) => ({ ...node, variableDefinitions: [...(node.variableDefinitions ?? [])].sort(byText) }),
    Field: (node) => (node.name.value === '__typename' ? null : { ...node, arguments: [...(node.arguments ?? [])].sort(byText) }),
    SelectionSet: {
      leave: (node, _key, parent) => {
        const mutationFields = (parent as { kind?: string; operation?: string }).operation === 'mutation';
        return mutationFields ? node : { ...node, selections: [...node.selections].sort(byText) };
      },
    },
    Document: { leave: (node) => ({ ...node, definitions: [...node.definitions].sort(byText) }) },
  });
  return createHash('sha256').update(print(canonical)).digest('hex');
}

const refused = () =>
  new GraphQLError('Deze vraag is niet toegestaan: vanuit de apps zijn alleen hun eigen vragen toegestaan.', {
    extensions: { code: 'FORBIDDEN' },
  });
const unknownDocument = (id: string) =>
  new GraphQLError(`Er is geen vaste vraag met id '${id}'.`, { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });

/**
 * Trusted documents (`config.trustedDocuments`). A client may name a manifest document by its hash in the
 * automatic persisted query extension (`extensions.persistedQuery.sha256Hash`, the form Yoga accepts) instead
 * of sending its text.
 * `browser`: requests whose Origin is one of the apps' (`corsOrigins`) may only run manifest documents, while
 * integrators (no browser Origin) send any query; `all`: every request may only run manifest documents.
 * The apps keep sending their generated documents as text; that text is recognised (see canonicalKey).
 */
export function trustedDocumentsPlugin(config: GatewayConfig, documents: TrustedDocuments = loadTrustedDocuments()): GatewayPlugin {
  const mustBeTrusted = (request: Request) =>
    config.trustedDocuments === 'all' || config.corsOrigins.includes(request.headers.get('origin') ?? '');
  return {
    onParams({ params, request, setParams }) {
      const persistedQuery = params.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
      const id = persistedQuery?.sha256Hash;
      if (typeof id === 'string' && !params.query) {
        const query = documents.byId(id);
        if (query === undefined) throw unknownDocument(id);
        setParams({ ...params, query });
        return;
      }
      if (mustBeTrusted(request) && !(params.query && documents.hasQuery(params.query))) throw refused();
    },
  };
}
