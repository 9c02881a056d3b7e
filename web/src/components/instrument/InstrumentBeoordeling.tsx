import { formatDay } from '@instrumentengidsen/ui';
import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentBeoordelingFragmentDoc } from '../../__generated__/graphql';

const score = (value: number) => value.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const stars = (value: number) => `${'★'.repeat(value)}${'☆'.repeat(5 - value)}`;

/** What professionals thought of the instrument: the average, and the newest reviews as plain text. */
export function InstrumentBeoordeling(props: { instrument: FragmentType<typeof InstrumentBeoordelingFragmentDoc> }) {
  const { beoordeling, reviews } = getFragmentData(InstrumentBeoordelingFragmentDoc, props.instrument);
  return (
    <section aria-labelledby="beoordelingen">
      <Heading2 id="beoordelingen">Beoordelingen</Heading2>
      {beoordeling.gemiddelde == null ? (
        <Paragraph>Nog geen beoordelingen.</Paragraph>
      ) : (
        <Paragraph>
          Gemiddeld {score(beoordeling.gemiddelde)} van 5 sterren ({beoordeling.aantal} {beoordeling.aantal === 1 ? 'beoordeling' : 'beoordelingen'})
          {beoordeling.resultaat != null && <>; resultaat {score(beoordeling.resultaat)}</>}
          {beoordeling.uitvoering != null && <>; uitvoering {score(beoordeling.uitvoering)}</>}.
        </Paragraph>
      )}
      {reviews.nodes.length > 0 && (
        <UnorderedList>
          {reviews.nodes.map((review) => (
            <UnorderedListItem key={review.id}>
              <span aria-hidden="true">{stars(review.sterren)} </span>
              {review.sterren} van 5 sterren, door {review.auteur.naam}
              {review.organisatie && <> ({review.organisatie.naam})</>} op {formatDay(review.createdAt)}
              {review.tekst && <Paragraph>{review.tekst}</Paragraph>}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </section>
  );
}
