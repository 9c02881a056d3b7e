import type { DataSource } from 'typeorm';
import { followEvents, type EventFollower } from '../../core/events.js';

export type CodeSoort = 'kenmerk' | 'regio' | 'gemeente';

/** The catalog's `codes` topic payload (its migration CodeEvents): a kenmerk's categorie. */
interface CodeEvent {
  categorie?: string;
}

/**
 * The codes of the catalog's value lists (kenmerken, regio's, gemeenten: a few hundred, kept in memory), from the
 * catalog's `codes` topic: an event naming a code the catalog does not have is refused.
 */
export class BekendeCodes {
  private readonly codes = new Map<string, CodeEvent>();

  follow(ds: DataSource, connectionString: string, log?: (message: string) => void): Promise<EventFollower> {
    return followEvents<CodeEvent>(ds, connectionString, {
      topic: 'codes',
      log,
      apply: (changes, initial) => {
        if (initial) this.codes.clear();
        for (const { key, payload } of changes) {
          if (payload === null) this.codes.delete(key);
          else this.codes.set(key, payload);
        }
      },
    });
  }

  has(soort: CodeSoort, code: string): boolean {
    return this.codes.has(`${soort}/${code}`);
  }

  /** Every code of one soort (for a kenmerk: of one categorie), in code order. */
  list(soort: CodeSoort, categorie?: string): string[] {
    const prefix = `${soort}/`;
    return [...this.codes]
      .filter(([key, payload]) => key.startsWith(prefix) && (!categorie || payload.categorie === categorie))
      .map(([key]) => key.slice(prefix.length))
      .sort();
  }
}
