import type { ApiKeyScope } from '../../__generated__/graphql';

/** What each scope lets a system read, in the words of the beheer-handleiding. */
export const SCOPES: { scope: ApiKeyScope; label: string; uitleg: string }[] = [
  { scope: 'REGISTRATIECODES', label: 'Registratiecodes', uitleg: 'de registratiecodes van de instrumenten ophalen (synchroniseren)' },
  { scope: 'DASHBOARD', label: 'Data dashboard', uitleg: 'de cijfers van het data dashboard lezen' },
];

export const scopeLabel = (scope: ApiKeyScope) => SCOPES.find((s) => s.scope === scope)?.label ?? scope;
