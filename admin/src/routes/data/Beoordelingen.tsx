import { formatNumber } from '@instrumentengidsen/ui';
import { Heading2 } from '@utrecht/component-library-react';
import { useDataBeoordelingenQuery } from '../../__generated__/hooks';
import type { Gids } from '../../__generated__/graphql';
import { DataTabel } from './DataTabel';
import { Staafgrafiek } from './grafieken';
import { QueryStaat } from './QueryStaat';

const sterren = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** What professionals think of each organisatie's instruments: the average of all its reviews. */
export function Beoordelingen({ gids }: { gids: Gids }) {
  const { data, error } = useDataBeoordelingenQuery({ variables: { gids } });
  return (
    <section aria-labelledby="data-beoordelingen">
      <Heading2 id="data-beoordelingen">Beoordelingen per organisatie</Heading2>
      <QueryStaat data={data} error={error} wat="De beoordelingen">
        {({ beoordelingenPerOrganisatie }) => {
          const rijen = beoordelingenPerOrganisatie.map((r) => ({ ...r, label: r.organisatie.naam }));
          return (
            <>
              <Staafgrafiek beschrijving="Staafdiagram van het gemiddelde aantal sterren per organisatie; de tabel hieronder heeft dezelfde cijfers." rijen={rijen.map((r) => ({ label: r.label, aantal: r.gemiddelde }))} decimalen />
              <DataTabel
                titel="Beoordelingen per organisatie"
                kolommen={[
                  { kop: 'Organisatie', waarde: (r) => r.label },
                  { kop: 'Gemiddeld (sterren)', waarde: (r) => sterren.format(r.gemiddelde), getal: true },
                  { kop: 'Reviews', waarde: (r) => formatNumber(r.aantal), getal: true },
                  { kop: 'Instrumenten met review', waarde: (r) => formatNumber(r.instrumenten), getal: true },
                ]}
                rijen={rijen}
                sleutel={(r) => r.organisatie.id}
                csv={{ tabel: 'beoordelingenPerOrganisatie', params: { gids } }}
                leeg="Nog geen reviews in deze gids."
              />
            </>
          );
        }}
      </QueryStaat>
    </section>
  );
}
