import type { DataSource } from 'typeorm';
import { followEvents, type EventFollower } from '../../core/events.js';

/** The catalog's `organisatie` topic payload (its migration OrganisatieEvents): the regio, null for landelijk. */
interface OrganisatieEvent {
  regioCode: string | null;
}

/**
 * Which regio each organisatie belongs to, from the catalog's `organisatie` topic (a few dozen entries, kept in
 * memory): the regio's whose interaction data a regiobeheerder may see are those of their organisaties.
 */
export class OrganisatieRegios {
  private readonly regioOf = new Map<string, string | null>();

  follow(ds: DataSource, connectionString: string, log?: (message: string) => void): Promise<EventFollower> {
    return followEvents<OrganisatieEvent>(ds, connectionString, {
      topic: 'organisatie',
      log,
      apply: (changes, initial) => {
        if (initial) this.regioOf.clear();
        for (const { key, payload } of changes) {
          if (payload === null) this.regioOf.delete(key);
          else this.regioOf.set(key, payload.regioCode ?? null);
        }
      },
    });
  }

  /** The regio's of these organisaties (the landelijke organisatie has none). */
  regiosOf(organisatieIds: readonly string[]): Set<string> {
    const regios = new Set<string>();
    for (const id of organisatieIds) {
      const regio = this.regioOf.get(id);
      if (regio) regios.add(regio);
    }
    return regios;
  }
}
