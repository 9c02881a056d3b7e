import { formatNumber } from '@instrumentengidsen/ui';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useDataOnderhoudQuery } from '../../__generated__/hooks';
import { DataTabel } from './DataTabel';
import { Staafgrafiek } from './grafieken';
import { InstrumentLijst } from './InstrumentLijst';
import type { Keuzes } from './keuzes';
import { QueryStaat } from './QueryStaat';

/** The instruments themselves: who has how many, and which need attention (ending, stale, incomplete). */
export function Onderhoud({ keuzes, landelijk }: { keuzes: Keuzes; landelijk: boolean }) {
  const { gids } = keuzes;
  const { data, error } = useDataOnderhoudQuery({ variables: { gids } });
  return (
    <section aria-labelledby="data-onderhoud">
      <Heading2 id="data-onderhoud">Instrumenten</Heading2>
      <Paragraph>Vandaag, van {landelijk ? 'alle organisaties' : 'jouw organisaties'}; de periode en regio tellen hier niet mee.</Paragraph>
      <QueryStaat data={data} error={error} wat="De instrumentgegevens">
        {({ perOrganisatie, verlopendePublicaties, verouderdeInstrumenten, onvolledigeInstrumenten }) => {
          const rijen = perOrganisatie.map((r) => ({ id: r.sleutels[0]!, label: r.labels[0]!, aantal: r.aantal }));
          return (
            <>
              <Heading3>Instrumenten per organisatie</Heading3>
              <Staafgrafiek beschrijving="Staafdiagram van het aantal instrumenten per organisatie; de tabel hieronder heeft dezelfde aantallen." rijen={rijen} />
              <DataTabel
                titel="Instrumenten per organisatie"
                kolommen={[
                  { kop: 'Organisatie', waarde: (r) => r.label },
                  { kop: 'Instrumenten', waarde: (r) => formatNumber(r.aantal), getal: true },
                ]}
                rijen={rijen}
                sleutel={(r) => r.id}
                csv={{ tabel: 'instrumentAantallen', params: { gids, per: ['ORGANISATIE'] } }}
                leeg="Nog geen instrumenten in deze gids."
              />
              <Heading3>Publicatie loopt binnen 30 dagen af</Heading3>
              <InstrumentLijst titel="Publicatie loopt binnen 30 dagen af" tabel="verlopendePublicaties" gids={gids} lijst={verlopendePublicaties} leeg="Geen publicaties die binnenkort aflopen." />
              <Heading3>Al 6 maanden niet gewijzigd</Heading3>
              <InstrumentLijst titel="Al 6 maanden niet gewijzigd" tabel="verouderdeInstrumenten" gids={gids} lijst={verouderdeInstrumenten} leeg="Alle instrumenten zijn het afgelopen halfjaar bijgewerkt." />
              <Heading3>Onvolledige instrumenten</Heading3>
              <Paragraph>Zonder kosten, duur, contactpersoon of locatie: velden die de handreiking aanraadt.</Paragraph>
              <InstrumentLijst titel="Onvolledige instrumenten" tabel="onvolledigeInstrumenten" gids={gids} lijst={onvolledigeInstrumenten} leeg="Alle instrumenten zijn volledig." />
            </>
          );
        }}
      </QueryStaat>
    </section>
  );
}
