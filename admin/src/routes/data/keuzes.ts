import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Gids, Periode } from '../../__generated__/graphql';

/** What the dashboard shows, all in the URL (`?van=2026-01-01&tot=2026-03-31&regio=AM18&gids=EVA&per=WEEK`). */
export interface Keuzes {
  van: string;
  tot: string;
  /** null: every regio (only the landelijk beheerder). */
  regio: string | null;
  gids: Gids;
  per: Periode;
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;
const DAG_MS = 86_400_000;

/** Today's date in Amsterdam, the platform's day (a beheerder abroad still sees the Dutch day). */
export function vandaag(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
}

const utc = (datum: string) => Date.parse(`${datum}T00:00:00Z`);
const datumVan = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const plusDagen = (datum: string, dagen: number) => datumVan(utc(datum) + dagen * DAG_MS);
export const dagenTussen = (van: string, tot: string) => Math.round((utc(tot) - utc(van)) / DAG_MS) + 1;

/** Day, week or month buckets so a chart has between a handful and a few dozen points. */
export function standaardPer(van: string, tot: string): Periode {
  const dagen = dagenTussen(van, tot);
  if (dagen <= 45) return 'DAG';
  if (dagen <= 200) return 'WEEK';
  return 'MAAND';
}

export interface Voorinstelling {
  label: string;
  van: string;
  tot: string;
}

/** The periods a policy officer asks for most; computed from today, so a bookmarked link keeps its own dates. */
export function voorinstellingen(today = vandaag()): Voorinstelling[] {
  const [jaar, maand] = today.split('-').map(Number) as [number, number];
  const kwartaalMaand = Math.floor((maand - 1) / 3) * 3 + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const vorigKwartaalStart = kwartaalMaand === 1 ? `${jaar - 1}-10-01` : `${jaar}-${pad(kwartaalMaand - 3)}-01`;
  return [
    { label: 'Laatste 7 dagen', van: plusDagen(today, -6), tot: today },
    { label: 'Laatste 30 dagen', van: plusDagen(today, -29), tot: today },
    { label: 'Dit kwartaal', van: `${jaar}-${pad(kwartaalMaand)}-01`, tot: today },
    { label: 'Vorig kwartaal', van: vorigKwartaalStart, tot: plusDagen(`${jaar}-${pad(kwartaalMaand)}-01`, -1) },
    { label: 'Dit jaar', van: `${jaar}-01-01`, tot: today },
    { label: 'Vorig jaar', van: `${jaar - 1}-01-01`, tot: `${jaar - 1}-12-31` },
  ];
}

const GIDSEN: readonly Gids[] = ['EVA', 'DENNIS'];
const PERIODEN: readonly Periode[] = ['DAG', 'WEEK', 'MAAND'];

/** The guide from the URL (Eva when none or an unknown one): read before the rest, which needs the guide's names. */
export const gidsUit = (params: URLSearchParams): Gids => {
  const gids = params.get('gids') as Gids;
  return GIDSEN.includes(gids) ? gids : 'EVA';
};

/**
 * The choices from the URL, with defaults for what is missing or malformed: the last 30 days, the first regio
 * the beheerder may see (a regiobeheerder must always have one), Eva.
 * `regios`: the regio codes the beheerder may choose; null: any (landelijk, "alle regio's" allowed).
 * Once `bekend` (the regio's are known), the URL is completed with the defaults, so it always says what is shown.
 */
export function useKeuzes(regios: string[] | null, bekend: boolean): [Keuzes, (wijziging: Partial<Keuzes>) => void] {
  const [params, setParams] = useSearchParams();
  const keuzes = useMemo<Keuzes>(() => {
    const standaard = voorinstellingen()[1]!;
    const van = params.get('van') ?? '';
    const tot = params.get('tot') ?? '';
    const geldig = DATUM.test(van) && DATUM.test(tot);
    const periode = geldig ? { van, tot } : { van: standaard.van, tot: standaard.tot };
    const per = params.get('per') as Periode;
    const regio = params.get('regio');
    return {
      ...periode,
      gids: gidsUit(params),
      per: PERIODEN.includes(per) ? per : standaardPer(periode.van, periode.tot),
      regio: regios === null ? regio : regio && regios.includes(regio) ? regio : (regios[0] ?? null),
    };
  }, [params, regios]);
  const wijzig = useCallback(
    (wijziging: Partial<Keuzes>) => {
      const volgende = { ...keuzes, ...wijziging };
      // A new period gets buckets that suit it, unless the user picks them in the same change.
      if ((wijziging.van || wijziging.tot) && !wijziging.per) volgende.per = standaardPer(volgende.van, volgende.tot);
      setParams(naarZoekParams(volgende));
    },
    [keuzes, setParams],
  );
  useEffect(() => {
    const volledig = naarZoekParams(keuzes);
    if (bekend && volledig.toString() !== params.toString()) setParams(volledig, { replace: true });
  }, [bekend, keuzes, params, setParams]);
  return [keuzes, wijzig];
}

export function naarZoekParams({ van, tot, regio, gids, per }: Keuzes): URLSearchParams {
  const params = new URLSearchParams({ van, tot, gids, per });
  if (regio) params.set('regio', regio);
  return params;
}

function volgende(datum: string, per: Periode): string {
  if (per === 'DAG') return plusDagen(datum, 1);
  if (per === 'WEEK') return plusDagen(datum, 7);
  const [jaar, maand] = datum.split('-').map(Number) as [number, number];
  return maand === 12 ? `${jaar + 1}-01-01` : `${jaar}-${String(maand + 1).padStart(2, '0')}-01`;
}

/**
 * Every bucket of the period as the API names it (its first day; weeks start on Monday), so a chart and table
 * show the quiet days as 0 instead of leaving them out (the API omits periods without events).
 */
export function periodes(van: string, tot: string, per: Periode): string[] {
  const maandag = plusDagen(van, -((new Date(utc(van)).getUTCDay() + 6) % 7));
  const alle: string[] = [];
  for (let d = per === 'DAG' ? van : per === 'WEEK' ? maandag : `${van.slice(0, 8)}01`; d <= tot; d = volgende(d, per)) alle.push(d);
  return alle;
}
