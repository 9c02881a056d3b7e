import { Paragraph } from '@utrecht/component-library-react';
import type { AanbiederInstrumentenQuery } from '../../__generated__/graphql';
import { RecordTabel } from '../../components/RecordTabel';

const STATUS: Record<string, string> = { CONCEPT: 'concept', GEPLAND: 'gepland', GEPUBLICEERD: 'gepubliceerd', VERLOPEN: 'verlopen' };
const GIDS: Record<string, string> = { EVA: 'Eva', DENNIS: 'Dennis' };

/** "Instrumenten": every instrument (of the beheerder's organisaties) this aanbieder carries out. */
export function AanbiederInstrumentenBlok({ query }: { query: { data?: AanbiederInstrumentenQuery | undefined; loading: boolean; error?: unknown } }) {
  const lijst = query.data?.mijnInstrumenten;
  return (
    <>
      {lijst && lijst.totalCount > lijst.nodes.length && (
        <Paragraph>
          De eerste {lijst.nodes.length} van {lijst.totalCount} instrumenten.
        </Paragraph>
      )}
      <RecordTabel
        bijschrift="Instrumenten van deze aanbieder"
        bijschriftVerbergen
        rijen={lijst?.nodes}
        loading={query.loading}
        error={query.error}
        sleutel={(i) => i.id}
        link={(i) => `/instrumenten/${i.id}`}
        kolommen={[
          { kop: 'Instrument', waarde: (i) => i.naam },
          { kop: 'Gids', waarde: (i) => GIDS[i.gids] ?? i.gids },
          { kop: 'Status', waarde: (i) => STATUS[i.status] ?? i.status },
        ]}
        leeg="Deze aanbieder heeft nog geen instrumenten. Koppel er hieronder een."
      />
    </>
  );
}
