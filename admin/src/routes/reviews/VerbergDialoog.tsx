import { useMutationForm } from '@instrumentengidsen/ui';
import { FormLabel, Textarea } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useVerbergReviewMutation } from '../../__generated__/hooks';
import { Bevestiging } from '../../components/Bevestiging';

const ZONDER_REDEN = 'Geef een reden waarom je de review verbergt.';

/**
 * "Review verbergen?" with the reason the author will read (required). Open while `reviewId` is set; `onKlaar`
 * tells whether it was hidden. A refusal of the server stays in the dialog, next to the reason.
 */
export function VerbergDialoog({ reviewId, onKlaar }: { reviewId: string | null; onKlaar: (verborgen: boolean) => void }) {
  const [reden, setReden] = useState('');
  const [leeg, setLeeg] = useState(false);
  const form = useMutationForm();
  const [hideReview] = useVerbergReviewMutation({ refetchQueries: ['BeheerReviews'] });
  useEffect(() => {
    setReden('');
    setLeeg(false);
  }, [reviewId]);
  const fout = leeg ? ZONDER_REDEN : (form.fieldError('reden') ?? form.message);
  return (
    <Bevestiging
      open={reviewId !== null}
      titel="Review verbergen?"
      ja="Verbergen"
      gevaar
      onAntwoord={async (ja) => {
        if (!ja || !reviewId) return onKlaar(false);
        if (!reden.trim()) return setLeeg(true);
        let gelukt = false;
        await form.onSubmit(async () => {
          await hideReview({ variables: { id: reviewId, reden: reden.trim() } });
          gelukt = true;
        })();
        if (gelukt) onKlaar(true);
      }}
    >
      <span className="verberg-dialoog">
        De review telt dan niet meer mee en is niet meer te zien in de gids. De schrijver ziet de reden die je hier geeft.
        <FormLabel htmlFor="verberg-reden">Reden (verplicht)</FormLabel>
        {/* A span: Bevestiging puts its content in a paragraph, where the error component's div does not belong. */}
        {fout && (
          <span id="verberg-reden-fout" className="utrecht-form-field-error-message">
            {fout}
          </span>
        )}
        <Textarea
          id="verberg-reden"
          name="reden"
          required
          invalid={!!fout}
          aria-describedby={fout ? 'verberg-reden-fout' : undefined}
          value={reden}
          onChange={(event) => {
            setReden(event.currentTarget.value);
            setLeeg(false);
          }}
        />
      </span>
    </Bevestiging>
  );
}
