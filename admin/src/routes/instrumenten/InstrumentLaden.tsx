import { errorCode, ErrorState, LoadingState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1 } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useParams } from 'react-router';
import type { BeheerInstrumentQuery } from '../../__generated__/graphql';
import { useBeheerInstrumentQuery } from '../../__generated__/hooks';
import { NietGevonden } from '../NietGevonden';

export type BeheerInstrument = BeheerInstrumentQuery['beheerInstrument'];

/**
 * Loads `:id` with beheerInstrument for weergeven and the voorbeeld. Another organisatie's instrument (FORBIDDEN),
 * one that is gone (NOT_FOUND) or a malformed id never shows any data, only a page that says so.
 */
export function InstrumentLaden({ children }: { children: (instrument: BeheerInstrument, herladen: () => void) => ReactNode }) {
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useBeheerInstrumentQuery({ variables: { id }, fetchPolicy: 'cache-and-network' });
  const code = errorCode(error);
  if (code === 'FORBIDDEN') {
    return (
      <NietGevonden titel="Geen toegang tot dit instrument">
        Dit instrument is van een organisatie waar je geen beheerder van bent. Je kunt het daarom niet bekijken of wijzigen.
      </NietGevonden>
    );
  }
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
    return <NietGevonden titel="Instrument niet gevonden">Dit instrument bestaat niet (meer). Misschien is het verwijderd: kijk in de prullenbak.</NietGevonden>;
  }
  if (data?.beheerInstrument) return children(data.beheerInstrument, () => void refetch());
  if (loading) return <LoadingState>Instrument laden…</LoadingState>;
  return <LaadFout />;
}

function LaadFout() {
  useDocumentTitle('Instrument niet geladen – Beheeromgeving');
  return (
    <>
      <Heading1>Instrument niet geladen</Heading1>
      <ErrorState>Het instrument kon niet worden geladen. Probeer het later opnieuw.</ErrorState>
    </>
  );
}
