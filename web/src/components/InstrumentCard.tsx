import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { InstrumentListQuery } from '../__generated__/graphql';

type Instrument = InstrumentListQuery['instruments']['nodes'][number];

const GIDS_LABEL = { EVA: 'Eva · werkzoekenden', DENNIS: 'Dennis · werkgevers' } as const;

export function InstrumentCard({ instrument }: { instrument: Instrument }) {
  const tegels = instrument.kenmerken.find((groep) => groep.categorie.soort === 'BASIS')?.kenmerken ?? [];
  return (
    <article className="instrument-card" aria-labelledby={`instrument-${instrument.id}`}>
      <Heading2 id={`instrument-${instrument.id}`}>{instrument.naam}</Heading2>
      <Paragraph small>
        {GIDS_LABEL[instrument.gids]} · Aanbieder: {instrument.aanbieder.naam}
      </Paragraph>
      <Paragraph>{instrument.samenvatting ?? instrument.korteBeschrijving}</Paragraph>
      {tegels.length > 0 && <Paragraph small>Tegels: {tegels.map((tegel) => tegel.naam).join(', ')}</Paragraph>}
    </article>
  );
}
