import './instrumentformulier.css';
import { errorCode, ErrorState, LoadingState, NoticeState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { getFragmentData } from '../../../__generated__';
import { InstrumentFormulierFragmentDoc } from '../../../__generated__/graphql';
import { useBeheerInstrumentFormulierQuery } from '../../../__generated__/hooks';
import { BewerkenStap1 } from './BewerkenStap1';
import { useFormulierKeuzes } from './keuzes';
import { Stap2Koppelingen } from './Stap2Koppelingen';
import { Stappen } from './Stappen';

/**
 * `/instrumenten/:id/bewerken`: stap 1 (`?stap=1`, the default) edits the details and omschrijvingen, stap 2
 * (`?stap=2`) the koppelingen, as handleiding 2.7 describes. A new instrument arrives at stap 2 from
 * InstrumentNieuw (with `state.nieuw`, so the screen keeps calling it new).
 */
export function InstrumentBewerken() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const stap = params.get('stap') === '2' ? 2 : 1;
  const nieuw = (useLocation().state as { nieuw?: boolean } | null)?.nieuw === true;
  const titel = nieuw ? 'Nieuw instrument' : 'Instrument bewerken';
  useDocumentTitle(`${titel} – stap ${stap} – Beheeromgeving`);
  const { data, loading, error, refetch } = useBeheerInstrumentFormulierQuery({ variables: { id }, fetchPolicy: 'network-only', nextFetchPolicy: 'cache-first' });
  const instrument = getFragmentData(InstrumentFormulierFragmentDoc, data?.beheerInstrument);
  const kop = <Heading1>{titel}</Heading1>;
  if (!instrument) {
    if (loading) return <>{kop}<LoadingState>Instrument laden…</LoadingState></>;
    const code = errorCode(error);
    return (
      <>
        {kop}
        {code === 'NOT_FOUND' || code === 'FORBIDDEN' ? (
          <NoticeState>Dit instrument bestaat niet, of het hoort niet bij een organisatie die jij beheert.</NoticeState>
        ) : (
          <ErrorState>Het instrument kon niet worden geladen. Probeer het later opnieuw.</ErrorState>
        )}
      </>
    );
  }
  const pad = `/instrumenten/${instrument.id}/bewerken`;
  return (
    <div className="instrument-scherm">
      {kop}
      <Paragraph className="instrument-kop">
        <strong>{instrument.naam}</strong> · {instrument.gids === 'EVA' ? 'Eva' : 'Dennis'} · {instrument.organisatie.naam}
      </Paragraph>
      {stap === 1 ? (
        <BewerkenStap1 key={instrument.id} instrument={instrument} herlaad={refetch} stap2Pad={`${pad}?stap=2`} />
      ) : (
        <>
          <Stappen huidig={2} stap1Pad={`${pad}?stap=1`} />
          <Heading2>Stap 2: koppelingen</Heading2>
          <Paragraph>Elke koppeling wordt meteen opgeslagen. Kies per blok wat bij het instrument hoort.</Paragraph>
          <KoppelingenMetKeuzes instrument={instrument} herlaad={refetch} />
        </>
      )}
    </div>
  );
}

function KoppelingenMetKeuzes({ instrument, herlaad }: { instrument: Parameters<typeof Stap2Koppelingen>[0]['instrument']; herlaad: () => Promise<unknown> }) {
  const keuzes = useFormulierKeuzes(instrument.gids);
  if (keuzes.loading) return <LoadingState>Kenmerken laden…</LoadingState>;
  if (keuzes.error) return <ErrorState>De kenmerken konden niet worden geladen. Probeer het later opnieuw.</ErrorState>;
  return <Stap2Koppelingen instrument={instrument} categorieen={keuzes.categorieen} regios={keuzes.regios} herlaad={herlaad} />;
}
