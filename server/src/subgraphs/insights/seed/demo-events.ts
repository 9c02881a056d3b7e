import type { EntityManager } from 'typeorm';
import { EVENTS_SCHEMA } from '../../../core/events.js';
import { amsterdamToday, isPublishedOn, type PublicationWindow } from '../../../core/publicatie.js';
import { ZONE } from '../rollups.js';

const daysBefore = (day: string, days: number) => new Date(Date.parse(day) - days * 86_400_000).toISOString().slice(0, 10);

/** The 365 days before `today` (YYYY-MM-DD), today itself not included: the demo's and the benchmark's year. */
export function yearBefore(today: string): { van: string; tot: string } {
  return { van: daysBefore(today, 365), tot: daysBefore(today, 1) };
}

/** What plausible events refer to, read from the catalog's topics (the catalog boots first). */
export interface Catalogus {
  instrumenten: { id: string; gids: string; regio: string | null }[];
  /** Per gids: the tegels, and the klantkenmerken (Eva) or doelgroepen (Dennis) people combine them with. */
  tegels: Record<'EVA' | 'DENNIS', string[]>;
  kenmerken: Record<'EVA' | 'DENNIS', string[]>;
  regios: string[];
  gemeenten: { code: string; regio: string }[];
}

export interface Volume {
  /** The first and last day (Dutch time) that get events. */
  van: string;
  tot: string;
  /** Events on an ordinary Tuesday; Mondays get more, weekends and holidays far fewer. */
  perWerkdag: number;
  /** setseed's value (-1..1): the same seed and catalogue give the same events. */
  seed: number;
}

/** The payloads of the three topics read: instrument, organisatie and codes. */
type Payload = PublicationWindow & { organisatieId: string; gids: string; regioCode?: string | null; categorie?: string; regio?: string };

/** The published instruments with their organisatie's regio, and the codes of the value lists. */
export async function readCatalogus(em: EntityManager): Promise<Catalogus> {
  const rows: { topic: string; key: string; payload: Payload }[] = await em.query(
    `SELECT topic, key, payload FROM ${EVENTS_SCHEMA}.latest WHERE topic IN ('instrument', 'organisatie', 'codes') AND payload IS NOT NULL ORDER BY key`,
  );
  const regioOf = new Map(rows.filter((r) => r.topic === 'organisatie').map((r) => [r.key, r.payload.regioCode ?? null]));
  const codes = rows.filter((r) => r.topic === 'codes').map((r) => ({ soort: r.key.split('/')[0]!, code: r.key.split('/')[1]!, ...r.payload }));
  const kenmerkenIn = (categorie: string) => codes.filter((c) => c.soort === 'kenmerk' && c.categorie === categorie).map((c) => c.code);
  const today = amsterdamToday();
  return {
    instrumenten: rows
      .filter((r) => r.topic === 'instrument' && isPublishedOn(r.payload, today))
      .map((r) => ({ id: r.key, gids: r.payload.gids, regio: regioOf.get(r.payload.organisatieId) ?? null })),
    tegels: { EVA: kenmerkenIn('EVA_TEGEL'), DENNIS: kenmerkenIn('DENNIS_TEGEL') },
    kenmerken: { EVA: kenmerkenIn('EVA_KLANTKENMERK'), DENNIS: kenmerkenIn('DENNIS_DOELGROEP') },
    regios: codes.filter((c) => c.soort === 'regio').map((c) => c.code),
    gemeenten: codes.filter((c) => c.soort === 'gemeente' && c.regio).map((c) => ({ code: c.code, regio: c.regio! })),
  };
}

/**
 * Writes plausible interactions in one INSERT ... SELECT, so ten million take a minute rather than an hour:
 * office hours on weekdays (busiest on Monday), quiet weekends, summer and Christmas dips, slowly growing use;
 * half searches (a tegel, often with a klantkenmerk or doelgroep, sometimes a gemeente), a third views of a few
 * popular and many rarely seen instruments, then contact, links, downloads and video's. One search in 25 finds
 * nothing, mostly for the same rare combinations in a few regio's: the gaps a beheerder should see.
 * Answers the number written. Runs on `em`'s connection, which setseed needs.
 */
export async function generateEvents(em: EntityManager, catalogus: Catalogus, volume: Volume): Promise<number> {
  if (!catalogus.instrumenten.length || !catalogus.regios.length) return 0;
  const count = async () => Number((await em.query('SELECT count(*) AS n FROM interactie'))[0].n);
  const before = await count();
  await em.query('SELECT setseed($1)', [volume.seed]);
  await em.query(
    `WITH instrument AS (
       SELECT row_number() OVER () AS nr, * FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, gids text, regio text)
     ), gemeenten AS (
       SELECT regio, array_agg(code ORDER BY code) AS codes FROM jsonb_to_recordset($2::jsonb) AS x(code text, regio text) GROUP BY regio
     ), dag AS (
       SELECT d::date AS dag, greatest(0, round($4::int
         * CASE extract(isodow FROM d) WHEN 1 THEN 1.15 WHEN 5 THEN 0.75 WHEN 6 THEN 0.08 WHEN 7 THEN 0.05 ELSE 1 END
         * CASE WHEN extract(month FROM d) IN (7, 8) THEN 0.65 WHEN to_char(d, 'MM-DD') >= '12-24' OR to_char(d, 'MM-DD') = '01-01' THEN 0.3 ELSE 1 END
         * (0.8 + 0.4 * (d::date - $5::date) / greatest(1, $6::date - $5::date))
         * (0.85 + 0.3 * random())))::int AS n
       FROM generate_series($5::date, $6::date, interval '1 day') AS d
     ), e AS (
       SELECT dag, random() AS r_soort, random() AS r_instrument, random() AS r_tijd, random() AS r_regio, random() AS r_gids,
              random() AS r_tegel, random() AS r_kenmerk, random() AS r_nul, random() AS r_gemeente, random() AS r_aantal
       FROM dag CROSS JOIN LATERAL generate_series(1, dag.n)
       OFFSET 0
     )
     INSERT INTO interactie (tijdstip, soort, gids, instrument_id, kenmerken, regio, gemeente, resultaten, tekst_gebruikt)
     SELECT (e.dag + time '08:00' + e.r_tijd * interval '9 hours') AT TIME ZONE ${ZONE}, s.soort, z.gids,
            CASE WHEN s.soort <> 'ZOEKEN' THEN i.id END,
            CASE WHEN s.soort = 'ZOEKEN' THEN
              CASE WHEN s.nul THEN ARRAY[t.tegels[cardinality(t.tegels) - floor(e.r_tegel * 2)::int], t.kenmerken[cardinality(t.kenmerken) - floor(e.r_kenmerk * 3)::int]]
                   ELSE ARRAY[t.tegels[1 + floor(power(e.r_tegel, 1.5) * cardinality(t.tegels))::int]]
                        || CASE WHEN e.r_kenmerk < 0.55 THEN ARRAY[t.kenmerken[1 + floor(e.r_kenmerk / 0.55 * cardinality(t.kenmerken))::int]] ELSE '{}' END
              END
            END,
            r.regio,
            CASE WHEN s.soort = 'ZOEKEN' AND e.r_gemeente < 0.3 THEN g.codes[1 + floor(e.r_gemeente / 0.3 * cardinality(g.codes))::int] END,
            CASE WHEN s.soort = 'ZOEKEN' THEN CASE WHEN s.nul THEN 0 ELSE 1 + floor(power(e.r_aantal, 2) * 80)::int END END,
            CASE WHEN s.soort = 'ZOEKEN' THEN e.r_aantal < 0.3 END
     FROM e
     CROSS JOIN LATERAL (
       SELECT CASE WHEN e.r_soort < 0.5 THEN 'ZOEKEN' WHEN e.r_soort < 0.85 THEN 'BEKEKEN' WHEN e.r_soort < 0.92 THEN 'CONTACT'
                   WHEN e.r_soort < 0.96 THEN 'LINK' WHEN e.r_soort < 0.985 THEN 'DOWNLOAD' ELSE 'VIDEO' END AS soort,
              e.r_soort < 0.5 AND e.r_nul < 0.04 AS nul
     ) s
     JOIN instrument i ON i.nr = 1 + floor(power(e.r_instrument, 2.5) * (SELECT count(*) FROM instrument))
     CROSS JOIN LATERAL (SELECT CASE WHEN s.soort <> 'ZOEKEN' THEN i.gids WHEN e.r_gids < 0.65 THEN 'EVA' ELSE 'DENNIS' END AS gids) z
     CROSS JOIN LATERAL (
       SELECT CASE WHEN z.gids = 'EVA' THEN $7::text[] ELSE $8::text[] END AS tegels,
              CASE WHEN z.gids = 'EVA' THEN $9::text[] ELSE $10::text[] END AS kenmerken
     ) t
     CROSS JOIN LATERAL (
       SELECT CASE WHEN s.nul THEN ($3::text[])[1 + floor(e.r_regio * least(5, cardinality($3::text[])))::int]
                   WHEN s.soort <> 'ZOEKEN' AND i.regio IS NOT NULL AND e.r_regio < 0.8 THEN i.regio
                   WHEN e.r_regio > 0.9 THEN NULL
                   ELSE ($3::text[])[1 + floor(e.r_regio / 0.9 * cardinality($3::text[]))::int] END AS regio
     ) r
     LEFT JOIN gemeenten g ON g.regio = r.regio`,
    [
      JSON.stringify(catalogus.instrumenten),
      JSON.stringify(catalogus.gemeenten),
      catalogus.regios,
      volume.perWerkdag,
      volume.van,
      volume.tot,
      catalogus.tegels.EVA,
      catalogus.tegels.DENNIS,
      catalogus.kenmerken.EVA,
      catalogus.kenmerken.DENNIS,
    ],
  );
  return (await count()) - before;
}
