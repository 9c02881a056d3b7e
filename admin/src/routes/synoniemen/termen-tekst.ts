/** The words as the beheerder types them: one per line or separated by commas; empty ones are left out. */
export const splitsTermen = (tekst: string): string[] =>
  tekst
    .split(/[\n,;]/)
    .map((term) => term.trim())
    .filter(Boolean);

/** The stored words in the form's text field, one per line. */
export const termenAlsTekst = (termen: readonly string[]): string => termen.join('\n');
