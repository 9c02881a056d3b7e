import { formatDate, formatNumber } from '@instrumentengidsen/ui';
import { FormField, FormLabel, Heading2, Heading3, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import type { DataGebruikQuery, Periode } from '../../__generated__/graphql';
import { useDataGebruikQuery } from '../../__generated__/hooks';
import { periodeFilter } from './csv';
import { DataTabel, type Kolom } from './DataTabel';
import { Lijngrafiek, Staafgrafiek } from './grafieken';
import { periodes, type Keuzes } from './keuzes';
import { PERIODE_LABEL, SOORTEN } from './labels';
import type { Namen } from './namen';
import { QueryStaat } from './QueryStaat';

const maand = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const kortMaand = new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const kortDag = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const datum = (periode: string) => new Date(`${periode}T00:00:00Z`);

/** A bucket's first day as people name the bucket: "3 maart 2026", "week van 2 maart 2026", "maart 2026". */
function periodeNaam(periode: string, per: Periode): string {
  if (per === 'MAAND') return maand.format(datum(periode));
  return per === 'WEEK' ? `week van ${formatDate(periode)}` : formatDate(periode);
}

/** The same, short enough for the chart's axis ("3 mrt", "mrt 2026"). */
const asLabel = (periode: string, per: Periode) => (per === 'MAAND' ? kortMaand : kortDag).format(datum(periode));

type Punt = { x: string; naam: string; periode: string } & Record<string, number | string>;

/** One point per bucket of the period with a number per soort, 0 where the API has no row. */
function perPeriode(rijen: DataGebruikQuery['interactiesPerPeriode'], keuzes: Keuzes) {
  const soorten = SOORTEN.filter((s) => rijen.some((r) => r.soort === s.soort));
  if (rijen.length === 0) return { soorten, punten: [] };
  const nul = Object.fromEntries(soorten.map((s) => [s.soort, 0]));
  const punten = new Map<string, Punt>(
    periodes(keuzes.van, keuzes.tot, keuzes.per).map((p) => [p, { x: asLabel(p, keuzes.per), naam: periodeNaam(p, keuzes.per), periode: p, ...nul }]),
  );
  for (const rij of rijen) {
    const punt = punten.get(rij.periode);
    if (punt) punt[rij.soort] = Number(punt[rij.soort]) + rij.aantal;
  }
  return { soorten, punten: [...punten.values()] };
}

/** How the guide was used: interactions over time, the most viewed instruments and the kenmerken people choose. */
export function Gebruik({ keuzes, wijzig, namen }: { keuzes: Keuzes; wijzig: (w: Partial<Keuzes>) => void; namen: Namen }) {
  const filter = periodeFilter(keuzes);
  const { data, error } = useDataGebruikQuery({ variables: { ...filter, per: keuzes.per } });
  const per = PERIODE_LABEL[keuzes.per];
  return (
    <section aria-labelledby="data-gebruik">
      <Heading2 id="data-gebruik">Gebruik</Heading2>
      <Heading3>Interacties per {per}</Heading3>
      <FormField className="data-per">
        <Paragraph>
          <FormLabel htmlFor="data-per">Tel per</FormLabel>
        </Paragraph>
        <Select id="data-per" value={keuzes.per} onChange={(e) => wijzig({ per: e.target.value as Periode })}>
          {(Object.keys(PERIODE_LABEL) as Periode[]).map((p) => (
            <SelectOption key={p} value={p}>
              {PERIODE_LABEL[p]}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <QueryStaat data={data} error={error} wat="De interacties">
        {({ interactiesPerPeriode, meestBekekenInstrumenten, meestGebruikteKenmerken }) => {
          const { soorten, punten } = perPeriode(interactiesPerPeriode, keuzes);
          const kolommen: Kolom<Punt>[] = [
            { kop: 'Periode', waarde: (p) => p.naam, eenRegel: true },
            ...soorten.map((s) => ({ kop: s.label, waarde: (p: Punt) => formatNumber(Number(p[s.soort])), getal: true })),
          ];
          const bekeken = meestBekekenInstrumenten.map((r) => ({ label: r.instrument.naam, aantal: r.aantal, id: r.instrument.id }));
          const kenmerken = meestGebruikteKenmerken.map((r) => ({ label: namen.kenmerk(r.code), aantal: r.aantal, code: r.code }));
          return (
            <>
              <Lijngrafiek
                beschrijving={`Lijngrafiek van de interacties per ${per} en per soort; de tabel hieronder heeft dezelfde aantallen.`}
                punten={punten}
                reeksen={soorten.map((s) => ({ sleutel: s.soort, label: s.label }))}
              />
              <DataTabel titel={`Interacties per ${per}`} kolommen={kolommen} rijen={punten} sleutel={(p) => p.periode} csv={{ tabel: 'interactiesPerPeriode', params: { ...filter, per: keuzes.per } }} />

              <Heading3>Meest bekeken instrumenten</Heading3>
              <Staafgrafiek beschrijving="Staafdiagram van de tien meest bekeken instrumenten; de tabel hieronder heeft dezelfde aantallen." rijen={bekeken} />
              <DataTabel
                titel="Meest bekeken instrumenten"
                kolommen={[
                  { kop: 'Instrument', waarde: (r) => r.label },
                  { kop: 'Keer bekeken', waarde: (r) => formatNumber(r.aantal), getal: true },
                ]}
                rijen={bekeken}
                sleutel={(r) => r.id}
                csv={{ tabel: 'meestBekekenInstrumenten', params: { ...filter, first: 10 } }}
              />

              <Heading3>Meest gebruikte kenmerken</Heading3>
              <Paragraph>Hoe vaak een kenmerk in een zoekopdracht gekozen is.</Paragraph>
              <Staafgrafiek beschrijving="Staafdiagram van de kenmerken die het vaakst gekozen zijn; de tabel hieronder heeft dezelfde aantallen." rijen={kenmerken} />
              <DataTabel
                titel="Meest gebruikte kenmerken"
                kolommen={[
                  { kop: 'Kenmerk', waarde: (r) => r.label },
                  { kop: 'Code', waarde: (r) => r.code },
                  { kop: 'Keer gekozen', waarde: (r) => formatNumber(r.aantal), getal: true },
                ]}
                rijen={kenmerken}
                sleutel={(r) => r.code}
                csv={{ tabel: 'meestGebruikteKenmerken', params: { ...filter, first: 20 } }}
              />
            </>
          );
        }}
      </QueryStaat>
    </section>
  );
}
