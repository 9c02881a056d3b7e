import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents and hooks for the front-ends, from the committed supergraph and each app's .graphql
 * operations and fragments: `npm run codegen`. Output in <app>/src/__generated__/ is never edited by hand.
 * - graphql.ts: the client preset's typed documents. Fragment masking is on: a component reads its own
 *   fragment with `getFragmentData`, so a screen only sees the fields it asked for.
 * - hooks.ts: one hook per operation (scripts/codegen-hooks.cjs), the only way screens run operations.
 * - persisted-documents.json (hash → document): the manifest of trusted documents the gateway loads
 *   (TRUSTED_DOCUMENTS=browser|all): the only operations the apps may run there.
 */
const app = (name: string) => {
  const documents = [`${name}/src/**/*.graphql`];
  return {
    [`${name}/src/__generated__/`]: {
      documents,
      preset: 'client' as const,
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' }, persistedDocuments: true },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          Decimal: 'string',
          LocalDate: 'string',
          DateTimeISO: 'string',
          JSONObject: 'Record<string, unknown>',
          // Federation plumbing in the supergraph; never selected by a screen.
          join__DirectiveArguments: 'unknown',
          join__FieldSet: 'string',
          link__Import: 'string',
        },
        strictScalars: true,
      },
    },
    [`${name}/src/__generated__/hooks.ts`]: {
      documents,
      plugins: ['./scripts/codegen-hooks.cjs'],
      config: { documentsFrom: './graphql' },
    },
  };
};

const config: CodegenConfig = {
  schema: 'schema/supergraph.graphql',
  ignoreNoDocuments: false,
  generates: { ...app('web'), ...app('admin') },
};

export default config;
