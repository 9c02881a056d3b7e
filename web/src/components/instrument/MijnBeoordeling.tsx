import { NoticeState } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useApolloClient } from '@apollo/client/react';
import { InstrumentBeoordelingVernieuwdDocument } from '../../__generated__/graphql';
import { useCreateReviewMutation, useMijnReviewQuery, useUpdateReviewMutation, useWithdrawReviewMutation } from '../../__generated__/hooks';
import { useLoginLink } from '../../session';
import { FocusHeading } from './FocusHeading';
import { IntrekkenBevestigen } from './IntrekkenBevestigen';
import { ReviewForm } from './ReviewForm';

type Stap = 'bekijken' | 'wijzigen' | 'intrekken';

/**
 * The logged-in professional's own review: write one, change or withdraw it, or see that a beheerder hid it.
 * Anonymous visitors get the way to log in; beheerders write no reviews here (the web app is for professionals,
 * and the API refuses reviews of an instrument of one's own organisatie anyway).
 */
export function MijnBeoordeling({ instrumentId, organisatieId }: { instrumentId: string; organisatieId: string }) {
  const { data } = useMijnReviewQuery({ variables: { instrumentId } });
  const client = useApolloClient();
  // Only after the user acted: the heading of the new state takes the focus from the form that went away.
  const [acted, setActed] = useState(false);
  const loginLink = useLoginLink();
  const [stap, setStap] = useState<Stap>('bekijken');
  // The page's average and the list come from other queries: fetch them again so they count the change.
  const refetchQueries = [{ query: InstrumentBeoordelingVernieuwdDocument, variables: { id: instrumentId } }, 'InstrumentReviews', 'MijnReview'];
  const reload = () =>
    Promise.all([
      client.query({ query: InstrumentBeoordelingVernieuwdDocument, variables: { id: instrumentId }, fetchPolicy: 'network-only' }),
      client.refetchQueries({ include: ['InstrumentReviews', 'MijnReview'] }),
    ]);
  const done = () => {
    setActed(true);
    setStap('bekijken');
  };
  const [create] = useCreateReviewMutation({ refetchQueries, awaitRefetchQueries: true });
  const [update] = useUpdateReviewMutation({ refetchQueries, awaitRefetchQueries: true });
  const [withdraw] = useWithdrawReviewMutation({ refetchQueries, awaitRefetchQueries: true });

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
        <FocusHeading focus={acted}>Schrijf een beoordeling</FocusHeading>
        <ReviewForm
          submitLabel="Beoordeling plaatsen"
          onSave={async (values) => {
            await create({ variables: { instrumentId, ...values } });
            setActed(true);
          }}
        />
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
        <FocusHeading focus>Jouw beoordeling wijzigen</FocusHeading>
        <ReviewForm
         
          initial={mijnReview}
          submitLabel="Wijziging opslaan"
          onSave={async (values) => {
            await update({ variables: { id: mijnReview.id, version: mijnReview.version, ...values } });
            done();
          }}
          extra={
            <Button appearance="secondary-action-button" onClick={done}>
              Annuleren
            </Button>
          }
          conflictAction={
            <Button appearance="subtle-button" onClick={() => reload().then(done)}>
              Laad de nieuwste versie
            </Button>
          }
        />
      </>
    );
  }
  return (
    <>
      <FocusHeading focus={acted}>Jouw beoordeling</FocusHeading>
      <Paragraph>
        Je gaf dit instrument {mijnReview.sterren} van 5 sterren. Je beoordeling staat hieronder in de lijst.
      </Paragraph>
      {stap === 'intrekken' ? (
        <IntrekkenBevestigen
          onConfirm={async () => {
            await withdraw({ variables: { id: mijnReview.id } });
            done();
          }}
          onCancel={done}
        />
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
