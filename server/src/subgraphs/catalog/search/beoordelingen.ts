import type { EventChange } from '../../../core/events.js';

/** The topic on which the reviews subgraph publishes each instrument's aggregate (key: the instrument's id). */
export const BEOORDELING_TOPIC = 'beoordeling';

/** The payload of a `beoordeling` event: the exact average of the visible reviews (1..5) and their number. */
export interface BeoordelingEvent {
  gemiddelde: number;
  aantal: number;
}

/** What the index keeps of an instrument without visible reviews: sorts last, passes no minSterren. */
export const GEEN_BEOORDELING = { gemiddelde: 0, aantal: 0 } as const;

/** A payload another subgraph sent: anything but a sane aggregate counts as "no reviews", so it cannot break a sort. */
export function parseBeoordeling(payload: unknown): BeoordelingEvent | null {
  if (!payload || typeof payload !== 'object') return null;
  const { gemiddelde, aantal } = payload as Record<string, unknown>;
  if (typeof gemiddelde !== 'number' || typeof aantal !== 'number') return null;
  if (!(gemiddelde >= 1 && gemiddelde <= 5) || !Number.isInteger(aantal) || aantal < 1) return null;
  return { gemiddelde, aantal };
}

/**
 * Every aggregate the catalog knows, by instrument id, kept beside the search index: an aggregate may arrive
 * before the index holds its instrument, and a full rebuild of the index starts from these. Typed arrays per
 * row (rows are reused), no object per instrument.
 */
export class Beoordelingen {
  private readonly rowOf = new Map<string, number>();
  private readonly free: number[] = [];
  private gemiddelde = new Float64Array(1024);
  private aantal = new Int32Array(1024);

  get size(): number {
    return this.rowOf.size;
  }

  /** Applies changes of the topic (the initial state replaces everything); returns the ids that changed. */
  apply(changes: EventChange<unknown>[], initial: boolean): string[] {
    if (initial) {
      this.rowOf.clear();
      this.free.length = 0;
    }
    for (const { key, payload } of changes) this.set(key, parseBeoordeling(payload));
    return changes.map((c) => c.key);
  }

  get(id: string): BeoordelingEvent {
    const row = this.rowOf.get(id);
    return row === undefined ? GEEN_BEOORDELING : { gemiddelde: this.gemiddelde[row]!, aantal: this.aantal[row]! };
  }

  /** Rates every instrument the index holds that has an aggregate (a fresh index has none yet). */
  copyTo(index: { rate(id: string, gemiddelde: number, aantal: number): void }): void {
    for (const [id, row] of this.rowOf) index.rate(id, this.gemiddelde[row]!, this.aantal[row]!);
  }

  private set(id: string, value: BeoordelingEvent | null): void {
    let row = this.rowOf.get(id);
    if (!value) {
      if (row !== undefined) (this.rowOf.delete(id), this.free.push(row));
      return;
    }
    if (row === undefined) {
      row = this.free.pop() ?? this.rowOf.size;
      if (row >= this.aantal.length) this.grow();
      this.rowOf.set(id, row);
    }
    this.gemiddelde[row] = value.gemiddelde;
    this.aantal[row] = value.aantal;
  }

  private grow(): void {
    const gemiddelde = new Float64Array(this.gemiddelde.length * 2);
    gemiddelde.set(this.gemiddelde);
    const aantal = new Int32Array(this.aantal.length * 2);
    aantal.set(this.aantal);
    this.gemiddelde = gemiddelde;
    this.aantal = aantal;
  }
}
