import { formatNumber } from '@instrumentengidsen/ui';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useDataOverzichtQuery } from '../../__generated__/hooks';
import { periodeFilter } from './csv';
import { DataTabel, GEEN_GEGEVENS } from './DataTabel';
import type { Keuzes } from './keuzes';
import { formatRatio } from './labels';
import { QueryStaat } from './QueryStaat';

/** The first thing a policy officer reads: how much the guide was used in the period, and how the offer stands. */
export function Overzicht({ keuzes, landelijk }: { keuzes: Keuzes; landelijk: boolean }) {
  const filter = periodeFilter(keuzes);
  const { data, error } = useDataOverzichtQuery({ variables: filter });
  return (
    <section aria-labelledby="data-overzicht">
      <Heading2 id="data-overzicht">Overzicht</Heading2>
      <QueryStaat data={data} error={error} wat="De kerncijfers">
        {({ doorklikratio, perMaand, perStatus }) => {
          const totaal = (soort: string) => perMaand.filter((r) => r.soort === soort).reduce((som, r) => som + r.aantal, 0);
          const cijfers = [
            { label: 'zoekopdrachten', waarde: formatNumber(totaal('ZOEKEN')) },
            { label: 'keer een instrument bekeken', waarde: formatNumber(doorklikratio.bekeken) },
            { label: 'keer contact gezocht', waarde: formatNumber(doorklikratio.contact) },
            { label: 'doorklikratio (contact na bekijken)', waarde: formatRatio(doorklikratio.ratio) },
          ];
          return (
            <>
              {perMaand.length === 0 ? (
                <Paragraph>{GEEN_GEGEVENS}</Paragraph>
              ) : (
                <ul className="status-tegels" aria-label="Kerncijfers van de periode">
                  {cijfers.map((c) => (
                    <li key={c.label} className="status-tegel">
                      <span>
                        <span className="status-tegel__aantal">{c.waarde}</span> {c.label}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
              <Heading3>Doorklikratio</Heading3>
              <DataTabel
                titel="Doorklikratio"
                kolommen={[
                  { kop: 'Bekeken', waarde: (r) => formatNumber(r.bekeken), getal: true },
                  { kop: 'Contact', waarde: (r) => formatNumber(r.contact), getal: true },
                  { kop: 'Doorklikratio', waarde: (r) => formatRatio(r.ratio), getal: true },
                ]}
                rijen={doorklikratio.bekeken + doorklikratio.contact > 0 ? [doorklikratio] : []}
                sleutel={() => 'ratio'}
                csv={{ tabel: 'doorklikratio', params: filter }}
              />
              <Heading3>Instrumenten per status</Heading3>
              <Paragraph>Vandaag, van {landelijk ? 'alle' : 'jouw'} organisaties; de periode en regio tellen hier niet mee.</Paragraph>
              <DataTabel
                titel="Instrumenten per status"
                kolommen={[
                  { kop: 'Status', waarde: (r) => r.labels[0] },
                  { kop: 'Aantal', waarde: (r) => formatNumber(r.aantal), getal: true },
                ]}
                rijen={perStatus}
                sleutel={(r) => r.sleutels.join('/')}
                csv={{ tabel: 'instrumentAantallen', params: { gids: keuzes.gids, per: ['STATUS'] } }}
                leeg="Nog geen instrumenten in deze gids."
              />
            </>
          );
        }}
      </QueryStaat>
    </section>
  );
}
