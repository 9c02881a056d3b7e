import { formatNumber } from '@instrumentengidsen/ui';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useDataGatenQuery } from '../../__generated__/hooks';
import { periodeFilter } from './csv';
import { DataTabel } from './DataTabel';
import { Dekkingsrooster } from './Dekkingsrooster';
import type { Keuzes } from './keuzes';
import type { Namen } from './namen';
import { QueryStaat } from './QueryStaat';

/** Where the offer falls short: what people searched for in vain, and the tegels without an instrument per regio. */
export function Gaten({ keuzes, namen, landelijk }: { keuzes: Keuzes; namen: Namen; landelijk: boolean }) {
  const filter = periodeFilter(keuzes);
  const { data, error } = useDataGatenQuery({ variables: filter });
  return (
    <section aria-labelledby="data-gaten">
      <Heading2 id="data-gaten">Gaten in het aanbod</Heading2>
      <QueryStaat data={data} error={error} wat="De gaten in het aanbod">
        {({ zoekopdrachtenZonderResultaat, dekkingsgaten, tegelsPerRegio }) => (
          <>
            <Heading3>Zoekopdrachten zonder resultaat</Heading3>
            <Paragraph>De combinaties van kenmerken waarmee gezocht is zonder één instrument te vinden, de vaakste eerst.</Paragraph>
            <DataTabel
              titel="Zoekopdrachten zonder resultaat"
              kolommen={[
                { kop: 'Kenmerken', waarde: (r) => r.kenmerken.map(namen.kenmerk).join(', ') || 'geen kenmerk' },
                { kop: 'Regio', waarde: (r) => namen.regio(r.regio) || '–' },
                { kop: 'Gemeente', waarde: (r) => namen.gemeente(r.gemeente) || '–' },
                { kop: 'Hoe vaak', waarde: (r) => formatNumber(r.aantal), getal: true },
              ]}
              rijen={zoekopdrachtenZonderResultaat}
              sleutel={(r) => `${r.kenmerken.join('+')}/${r.regio}/${r.gemeente}`}
              csv={{ tabel: 'zoekopdrachtenZonderResultaat', params: { ...filter, first: 20 } }}
            />
            <Heading3>Dekking: tegels per regio</Heading3>
            <Dekkingsrooster keuzes={keuzes} namen={namen} landelijk={landelijk} gaten={dekkingsgaten} aantallen={tegelsPerRegio} />
          </>
        )}
      </QueryStaat>
    </section>
  );
}
