import { formatDate, formatDay, formatNumber } from '@instrumentengidsen/ui';
import { Paragraph } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { OnderhoudInstrumentFragmentDoc } from '../../__generated__/graphql';
import { DataTabel } from './DataTabel';

const STATUS = { CONCEPT: 'concept', GEPLAND: 'gepland', GEPUBLICEERD: 'gepubliceerd', VERLOPEN: 'verlopen' } as const;

/** One of the instrument lists that ask for upkeep: the first 20, the total, and every one of them in the CSV. */
export function InstrumentLijst(props: {
  titel: string;
  tabel: string;
  gids: string;
  lijst: { totalCount: number; nodes: FragmentType<typeof OnderhoudInstrumentFragmentDoc>[] };
  leeg: string;
}) {
  const { titel, tabel, gids, lijst, leeg } = props;
  const nodes = lijst.nodes.map((n) => getFragmentData(OnderhoudInstrumentFragmentDoc, n));
  return (
    <>
      {lijst.totalCount > nodes.length && (
        <Paragraph>
          De eerste {formatNumber(nodes.length)} van {formatNumber(lijst.totalCount)}; de CSV heeft ze allemaal.
        </Paragraph>
      )}
      <DataTabel
        titel={titel}
        kolommen={[
          { kop: 'Instrument', waarde: (i) => i.naam },
          { kop: 'Organisatie', waarde: (i) => i.organisatie?.naam ?? '–' },
          { kop: 'Status', waarde: (i) => STATUS[i.status] },
          { kop: 'Laatst gewijzigd', waarde: (i) => formatDay(i.updatedAt), eenRegel: true },
          { kop: 'Gepubliceerd tot en met', waarde: (i) => (i.publiceerTotEnMet ? formatDate(i.publiceerTotEnMet) : '–'), eenRegel: true },
        ]}
        rijen={nodes}
        sleutel={(i) => i.id}
        csv={{ tabel, params: { gids } }}
        leeg={leeg}
      />
    </>
  );
}
