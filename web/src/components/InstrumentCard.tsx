import { Heading3, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../__generated__';
import { InstrumentCardFragmentDoc } from '../__generated__/graphql';
import { useGids } from '../gidsen';
import { aantalBeoordelingen, score, Sterren } from './Sterren';

/** One search result: naam, the first sentences of the samenvatting, aanbieder, the tegels and the stars. */
export function InstrumentCard(props: { instrument: FragmentType<typeof InstrumentCardFragmentDoc> }) {
  const instrument = getFragmentData(InstrumentCardFragmentDoc, props.instrument);
  const gids = useGids();
  const tegels = instrument.kenmerken.find((groep) => groep.categorie.soort === 'BASIS')?.kenmerken ?? [];
  const { gemiddelde, aantal } = instrument.beoordeling;
  return (
    <article className="instrument-card" aria-labelledby={`instrument-${instrument.id}`}>
      <Heading3 id={`instrument-${instrument.id}`}>
        <Link to={`/${gids.slug}/instrument/${instrument.id}`} className="utrecht-link">
          {instrument.naam}
        </Link>
      </Heading3>
      <Paragraph small>Aanbieder: {instrument.aanbieder.naam}</Paragraph>
      {instrument.samenvattingKort && <Paragraph>{instrument.samenvattingKort}</Paragraph>}
      {tegels.length > 0 && <Paragraph small>Tegels: {tegels.map((tegel) => tegel.naam).join(', ')}</Paragraph>}
      <Paragraph small className="instrument-card__beoordeling">
        {gemiddelde == null || aantal === 0 ? (
          'Nog geen beoordelingen'
        ) : (
          <>
            <Sterren value={gemiddelde} />
            {score(gemiddelde)} van 5 sterren, {aantalBeoordelingen(aantal)}
          </>
        )}
      </Paragraph>
    </article>
  );
}
