/** A group's term with the lexemes that stand for it (its stem; for "re-integratie" also "reintegratie"'s). */
export interface SynoniemTerm {
  term: string;
  lexemes: string[];
}

/**
 * The synonym groups the landelijk beheerder keeps (table synoniemgroep), for the search: a word that is a
 * term of a group, as typed or as its stem, also finds the group's other terms.
 */
export class Synoniemen {
  private readonly groupsOf = new Map<string, number[]>();

  constructor(private readonly groups: SynoniemTerm[][] = []) {
    groups.forEach((group, index) => {
      for (const { term, lexemes } of group) {
        for (const key of new Set([term, term.replace(/-/g, ''), ...lexemes])) {
          const list = this.groupsOf.get(key);
          if (!list) this.groupsOf.set(key, [index]);
          else if (!list.includes(index)) list.push(index);
        }
      }
    });
  }

  get size(): number {
    return this.groups.length;
  }

  /** The lexemes of the other terms in the groups of these forms of one word (its stem, the word itself). */
  expand(forms: string[]): string[] {
    const own = new Set(forms);
    const result = new Set<string>();
    for (const form of forms) {
      for (const index of this.groupsOf.get(form) ?? []) {
        for (const { term, lexemes } of this.groups[index]!) {
          if (own.has(term) || lexemes.some((l) => own.has(l))) continue;
          for (const lexeme of lexemes) result.add(lexeme);
        }
      }
    }
    return [...result];
  }
}
