import type { EntityManager } from 'typeorm';
import { DEMO_ORGANISATIES } from '../../../fixtures/demo-organisaties.js';
import { DEMO_PROFESSIONALS } from '../../../fixtures/demo-professionals.js';
import type { EventChange } from '../../../core/events.js';
import { Random } from '../../../core/random.js';
import { amsterdamToday, isPublishedOn } from '../../../core/publicatie.js';
import { publishBeoordeling } from '../beoordeling.js';
import { applyInstrumentChanges, type InstrumentEvent } from '../instrument-projection.js';

/** How many instruments get demo reviews: with six professionals, a few hundred reviews. */
const INSTRUMENTS = 90;
const FIRST_DAY = Date.UTC(2025, 0, 6);

const TEKSTEN = [
  'Klant was enthousiast en is na afloop aan het werk gegaan.',
  'Goede begeleiding, maar de wachttijd was lang.',
  'Past vooral bij klanten die al wat werkervaring hebben.',
  'De aanbieder houdt ons goed op de hoogte van de voortgang.',
  'Voor mijn klant te intensief; halverwege gestopt.',
  'Duidelijke afspraken en een vast aanspreekpunt.',
  'Resultaat wisselend: de ene klant wel, de andere niet.',
];
const RESULTAAT = ['Uitstroom naar betaald werk binnen drie maanden.', 'Klant heeft een duidelijker beeld van wat wel en niet kan.', 'Weinig zichtbaar resultaat.'];
const UITVOERING = ['Trajectbegeleider was goed bereikbaar.', 'Rapportage kwam laat.', 'Prettige werkwijze, klant voelde zich gehoord.'];

/** A score around an instrument's own level, so well- and poorly-rated instruments differ. */
const score = (level: number, next: () => number) => Math.min(5, Math.max(1, Math.round(level + (next() - 0.5) * 2.2)));

/**
 * Demo reviews by the demo professionals of published instruments, read from the catalog's `instrument` topic
 * (the catalog boots first). The projection gets those instruments at once, and every aggregate is published.
 */
export async function seedDemoReviews(em: EntityManager): Promise<number> {
  const state: EventChange<InstrumentEvent>[] = await em.query(
    `SELECT key, payload FROM events.latest WHERE topic = 'instrument' AND payload IS NOT NULL ORDER BY key`,
  );
  const today = amsterdamToday();
  const published = state.filter((change) => isPublishedOn(change.payload!, today)).slice(0, INSTRUMENTS);
  if (!published.length) return 0;
  await applyInstrumentChanges(em, published, false);
  const organisatieIds = new Map(DEMO_ORGANISATIES.map((o) => [o.naam, o.id]));
  const rng = new Random(20231);
  const next = () => rng.next();
  const rows: unknown[] = [];
  for (const [index, { key }] of published.entries()) {
    const level = 1.5 + next() * 3.5;
    for (const professional of DEMO_PROFESSIONALS) {
      if (next() < 0.35) continue;
      const sterren = score(level, next);
      const day = new Date(FIRST_DAY + Math.floor(next() * 300) * 86_400_000 + index * 60_000);
      rows.push({
        instrument_id: key,
        auteur_id: professional.id,
        organisatie_id: professional.organisatie ? organisatieIds.get(professional.organisatie)! : null,
        sterren,
        resultaat: next() < 0.8 ? score(level, next) : null,
        uitvoering: next() < 0.8 ? score(level, next) : null,
        tekst: TEKSTEN[Math.floor(next() * TEKSTEN.length)]!,
        toelichting_resultaat: next() < 0.5 ? RESULTAAT[Math.floor(next() * RESULTAAT.length)]! : null,
        toelichting_uitvoering: next() < 0.5 ? UITVOERING[Math.floor(next() * UITVOERING.length)]! : null,
        created_at: day.toISOString(),
      });
    }
  }
  await em.query(
    `INSERT INTO review (instrument_id, auteur_id, organisatie_id, sterren, resultaat, uitvoering, tekst, toelichting_resultaat, toelichting_uitvoering, created_at, updated_at)
     SELECT instrument_id, auteur_id, organisatie_id, sterren, resultaat, uitvoering, tekst, toelichting_resultaat, toelichting_uitvoering, created_at, created_at
     FROM jsonb_to_recordset($1::jsonb) AS x(instrument_id uuid, auteur_id uuid, organisatie_id uuid, sterren smallint, resultaat smallint, uitvoering smallint,
       tekst text, toelichting_resultaat text, toelichting_uitvoering text, created_at timestamptz)`,
    [JSON.stringify(rows)],
  );
  for (const { key } of published) await publishBeoordeling(em, key);
  return rows.length;
}
