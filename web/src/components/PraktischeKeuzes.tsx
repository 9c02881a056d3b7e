import { getFragmentData, type FragmentType } from '../__generated__';
import { PraktischeKeuzesFragmentDoc, type Gids, type InstrumentType } from '../__generated__/graphql';
import { keuzeWaarde, type Keuze, type SearchState } from '../routes/search-state';
import { ChoiceGroup, type Choice } from './ChoiceGroup';
import { sterrenLabel, TYPE_LABELS } from './keuze-labels';

/** Which choices each guide offers: kosten, duur and intensiteit are in Eva's format, leerwerktrajecten in Dennis'. */
const PER_GIDS: Record<Gids, Keuze[]> = {
  EVA: ['maxKosten', 'maxDuur', 'intensiteit', 'aanbieder', 'wijk', 'sterren'],
  DENNIS: ['type', 'aanbieder', 'wijk', 'sterren'],
};

const LEGENDS: Record<Keuze, string> = {
  maxKosten: 'Totale kosten',
  maxDuur: 'Totale duur',
  intensiteit: 'Intensiteit',
  type: 'Instrument of leerwerktraject',
  aanbieder: 'Aanbieder',
  wijk: 'Wijk',
  sterren: 'Beoordeling',
};

type Result = FragmentType<typeof PraktischeKeuzesFragmentDoc>;

/** Every choice of step 2 as the URL holds it, with its label and count. */
export function keuzeOpties(result: Result): Record<Keuze, Choice[]> {
  const r = getFragmentData(PraktischeKeuzesFragmentDoc, result);
  return {
    maxKosten: r.kosten.map((o) => ({ value: keuzeWaarde.maxKosten(o.maxKosten), label: o.label, count: o.count })),
    maxDuur: r.duur.map((o) => ({ value: keuzeWaarde.maxDuur(o.waarde, o.eenheid), label: o.label, count: o.count })),
    intensiteit: r.intensiteit.map((o) => ({ value: keuzeWaarde.intensiteit(o.minIntensiteit, o.maxIntensiteit), label: o.label, count: o.count })),
    type: r.typen.map((o) => ({ value: o.type, label: TYPE_LABELS[o.type], count: o.count })),
    aanbieder: r.aanbieders.map((o) => ({ value: o.aanbieder.id, label: o.aanbieder.naam, count: o.count })),
    wijk: r.wijken.map((o) => ({ value: o.wijk.id, label: o.wijk.naam, count: o.count })),
    sterren: [...r.sterren].reverse().map((o) => ({ value: String(o.minSterren), label: sterrenLabel(o.minSterren), count: o.count })),
  };
}

/** A chosen value in words: its option's label, or for a value no option has (an old link's amount) the value itself. */
export function keuzeLabel(keuze: Keuze, value: string, opties: Record<Keuze, Choice[]>): string {
  const label = opties[keuze].find((o) => o.value === value)?.label;
  if (label) return label;
  return keuze === 'maxKosten' ? `Tot en met € ${value}` : keuze === 'sterren' ? sterrenLabel(Number(value)) : keuze === 'type' ? TYPE_LABELS[value as InstrumentType] ?? value : value;
}

/**
 * Step 2 after the praktische kenmerken: kosten, duur, intensiteit or instrument/leerwerktraject, aanbieder, wijk
 * (once a gemeente is chosen) and beoordeling, each a radio group with counts. A choice from a link that the guide
 * does not offer still shows, so it can be undone.
 */
export function PraktischeKeuzes({ result, gids, state, onChange }: { result: Result; gids: Gids; state: SearchState; onChange: (keuze: Keuze, value: string) => void }) {
  const opties = keuzeOpties(result);
  const shown = (Object.keys(LEGENDS) as Keuze[]).filter((keuze) => state[keuze] || (PER_GIDS[gids].includes(keuze) && (keuze !== 'wijk' || opties.wijk.length > 0)));
  return (
    <>
      {shown.map((keuze) => (
        <ChoiceGroup
          key={keuze}
          name={keuze}
          legend={LEGENDS[keuze]}
          choices={opties[keuze]}
          value={state[keuze]}
          labelOf={(value) => keuzeLabel(keuze, value, opties)}
          onChange={(value) => onChange(keuze, value)}
        />
      ))}
    </>
  );
}
