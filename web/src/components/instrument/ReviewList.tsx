import { EmptyState, ErrorState, formatDay, LoadingState } from '@instrumentengidsen/ui';
import { Button, OrderedList, OrderedListItem, Paragraph } from '@utrecht/component-library-react';
import { useInstrumentReviewsQuery } from '../../__generated__/hooks';
import { Sterren } from '../Sterren';

/** The reviews, newest first, ten at a time; their texts are plain text (React escapes them). */
export function ReviewList({ instrumentId }: { instrumentId: string }) {
  const { data, error, fetchMore } = useInstrumentReviewsQuery({ variables: { id: instrumentId } });
  const reviews = data?.instrument?.reviews;
  if (!reviews) return error ? <ErrorState>De beoordelingen konden niet worden geladen.</ErrorState> : <LoadingState>Beoordelingen laden…</LoadingState>;
  if (reviews.totalCount === 0) return <EmptyState>Er zijn nog geen beoordelingen geschreven.</EmptyState>;
  return (
    <>
      <OrderedList aria-label="Beoordelingen van professionals" className="review-list">
        {reviews.nodes.map((review) => (
          <OrderedListItem key={review.id}>
            <Paragraph>
              <Sterren value={review.sterren} />
              <strong>{review.sterren} van 5 sterren</strong>
              {review.verborgen && <> (verborgen door een beheerder)</>}
            </Paragraph>
            <Paragraph small>
              Door {review.auteur.naam}
              {review.organisatie && <>, {review.organisatie.naam}</>} op {formatDay(review.createdAt)}
            </Paragraph>
            {review.tekst && <Paragraph>{review.tekst}</Paragraph>}
            {review.resultaat != null && (
              <Paragraph>
                Resultaat: {review.resultaat} van 5.{review.toelichtingResultaat && <> {review.toelichtingResultaat}</>}
              </Paragraph>
            )}
            {review.uitvoering != null && (
              <Paragraph>
                Uitvoering: {review.uitvoering} van 5.{review.toelichtingUitvoering && <> {review.toelichtingUitvoering}</>}
              </Paragraph>
            )}
          </OrderedListItem>
        ))}
      </OrderedList>
      <Paragraph small aria-live="polite">
        {reviews.nodes.length} van {reviews.totalCount} beoordelingen getoond.
      </Paragraph>
      {reviews.pageInfo.hasNextPage && (
        <Button appearance="secondary-action-button" onClick={() => fetchMore({ variables: { after: reviews.pageInfo.endCursor } })}>
          Meer beoordelingen
        </Button>
      )}
    </>
  );
}
