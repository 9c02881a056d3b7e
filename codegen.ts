import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the front-ends, from the committed supergraph and each app's .graphql
 * operations: `npm run codegen`. Output in <app>/src/__generated__/ is never edited by hand.
 * `persisted-documents.json` (hash → document) is the manifest of trusted documents the gateway loads
 * (TRUSTED_DOCUMENTS=browser|all): the only operations the apps may run there.
 */
const app = (name: string) => ({
  [`${name}/src/__generated__/`]: {
    documents: [`${name}/src/**/*.graphql`],
    preset: 'client' as const,
    presetConfig: { fragmentMasking: false, persistedDocuments: true },
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
});

const config: CodegenConfig = {
  schema: 'schema/supergraph.graphql',
  ignoreNoDocuments: false,
  generates: { ...app('web'), ...app('admin') },
};

export default config;
