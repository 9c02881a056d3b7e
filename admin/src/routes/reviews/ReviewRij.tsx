import { formatDay } from '@instrumentengidsen/ui';
import { Button, TableCell, TableRow } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { ReviewRijFragmentDoc } from '../../__generated__/graphql';

/** One review in the moderators' table; a visible one offers "verbergen", a hidden one shows why. */
export function ReviewRij({ review: data, onVerbergen }: { review: FragmentType<typeof ReviewRijFragmentDoc>; onVerbergen: (id: string) => void }) {
  const review = getFragmentData(ReviewRijFragmentDoc, data);
  return (
    <TableRow>
      <TableCell>{formatDay(review.createdAt)}</TableCell>
      <TableCell>
        <RouterLink to={`/instrumenten/${review.instrument.id}`} className="utrecht-link">
          {review.instrument.naam}
        </RouterLink>
      </TableCell>
      <TableCell>
        <span aria-label={`${review.sterren} van 5 sterren`}>{'★'.repeat(review.sterren) + '☆'.repeat(5 - review.sterren)}</span>
      </TableCell>
      {/* Plain text from the API: React escapes it, never render it as HTML. */}
      <TableCell className="review-tekst">{review.tekst ?? <em>Geen toelichting</em>}</TableCell>
      <TableCell>{review.auteur.naam}</TableCell>
      <TableCell>
        {review.verborgen ? (
          <>
            <strong>Verborgen</strong>
            <br />
            Reden: {review.verbergReden}
          </>
        ) : (
          <>
            Zichtbaar
            <br />
            <Button appearance="secondary-action-button" aria-label={`Verbergen: review van ${review.auteur.naam}`} onClick={() => onVerbergen(review.id)}>
              Verbergen
            </Button>
          </>
        )}
      </TableCell>
    </TableRow>
  );
}
