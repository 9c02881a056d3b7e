import { NoticeState, useMutationForm } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { InstrumentBeoordelingVernieuwdDocument } from '../../__generated__/graphql';
import { useCreateReviewMutation, useMijnReviewQuery, useUpdateReviewMutation, useWithdrawReviewMutation } from '../../__generated__/hooks';
import { useLoginLink } from '../../session';
import { ReviewForm } from './ReviewForm';

type Stap = 'bekijken' | 'wijzigen' | 'intrekken';

/**
 * The logged-in professional's own review: write one, change or withdraw it, or see that a beheerder hid it.
 * Anonymous visitors get the way to log in; beheerders write no reviews here (the web app is for professionals,
 * and the API refuses reviews of an instrument of one's own organisatie anyway).
 */
export function MijnBeoordeling({ instrumentId, organisatieId }: { instrumentId: string; organisatieId: string }) {
  const { data, refetch } = useMijnReviewQuery({ variables: { instrumentId } });
  const loginLink = useLoginLink();
  const [stap, setStap] = useState<Stap>('bekijken');
  const form = useMutationForm();
  // The page's average and the list come from other queries: fetch them again so they count the change.
  const refetchQueries = [{ query: InstrumentBeoordelingVernieuwdDocument, variables: { id: instrumentId } }, 'InstrumentReviews', 'MijnReview'];
  const [create] = useCreateReviewMutation({ refetchQueries, awaitRefetchQueries: true });
  const [update] = useUpdateReviewMutation({ refetchQueries, awaitRefetchQueries: true });
  const [withdraw, withdrawing] = useWithdrawReviewMutation({ refetchQueries, awaitRefetchQueries: true });

  if (!data) return null;
  const { me, mijnReview } = data;
  if (!me) {
    return (
      <Paragraph>
        <RouterLink to={loginLink} className="utrecht-link">
          Log in om een beoordeling te schrijven
        </RouterLink>
      </Paragraph>
    );
  }
  if (me.rol !== 'PROFESSIONAL') return <Paragraph>Beoordelingen schrijven professionals. Als beheerder schrijf je hier geen beoordeling.</Paragraph>;
  if (me.organisaties.some((o) => o.id === organisatieId)) return <Paragraph>Dit instrument is van je eigen organisatie. Daarover schrijf je geen beoordeling.</Paragraph>;

  if (!mijnReview) {
    return (
      <>
        <Heading3>Schrijf een beoordeling</Heading3>
        <ReviewForm form={form} submitLabel="Beoordeling plaatsen" onSave={(values) => create({ variables: { instrumentId, ...values } })} />
      </>
    );
  }
  if (mijnReview.verborgen) {
    return (
      <>
        <Heading3>Jouw beoordeling</Heading3>
        <NoticeState>
          Een beheerder heeft je beoordeling verborgen{mijnReview.verbergReden ? `. Reden: ${mijnReview.verbergReden}` : ''}. Andere bezoekers zien hem niet meer, en je kunt hem niet meer
          wijzigen of intrekken.
        </NoticeState>
      </>
    );
  }
  if (stap === 'wijzigen') {
    return (
      <>
        <Heading3>Jouw beoordeling wijzigen</Heading3>
        <ReviewForm
          form={form}
          initial={mijnReview}
          submitLabel="Wijziging opslaan"
          onSave={async (values) => {
            await update({ variables: { id: mijnReview.id, version: mijnReview.version, ...values } });
            setStap('bekijken');
          }}
          extra={
            <Button appearance="secondary-action-button" onClick={() => setStap('bekijken')}>
              Annuleren
            </Button>
          }
          conflictAction={
            <Button appearance="subtle-button" onClick={() => refetch().then(() => setStap('bekijken'))}>
              Laad de nieuwste versie
            </Button>
          }
        />
      </>
    );
  }
  return (
    <>
      <Heading3>Jouw beoordeling</Heading3>
      <Paragraph>
        Je gaf dit instrument {mijnReview.sterren} van 5 sterren. Je beoordeling staat hieronder in de lijst.
      </Paragraph>
      {form.message && <NoticeState>{form.message}</NoticeState>}
      {stap === 'intrekken' ? (
        <div role="group" aria-label="Intrekken bevestigen">
          <Paragraph>Weet je zeker dat je je beoordeling wilt intrekken? Hij telt dan nergens meer mee.</Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              disabled={withdrawing.loading}
              onClick={form.onSubmit(async () => {
                await withdraw({ variables: { id: mijnReview.id } });
                setStap('bekijken');
              })}
            >
              Ja, intrekken
            </Button>
            <Button appearance="secondary-action-button" onClick={() => setStap('bekijken')}>
              Nee, niet intrekken
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <ButtonGroup>
          <Button appearance="secondary-action-button" onClick={() => setStap('wijzigen')}>
            Beoordeling wijzigen
          </Button>
          <Button appearance="secondary-action-button" onClick={() => setStap('intrekken')}>
            Beoordeling intrekken
          </Button>
        </ButtonGroup>
      )}
    </>
  );
}
