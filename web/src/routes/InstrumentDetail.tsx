import { errorCode, ErrorState, LoadingState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink, useParams } from 'react-router';
import { InstrumentBeoordeling } from '../components/instrument/InstrumentBeoordeling';
import { InstrumentContactpersonen } from '../components/instrument/InstrumentContactpersonen';
import { InstrumentDuurKosten } from '../components/instrument/InstrumentDuurKosten';
import { InstrumentGebieden } from '../components/instrument/InstrumentGebieden';
import { InstrumentGegevens } from '../components/instrument/InstrumentGegevens';
import { InstrumentKenmerken } from '../components/instrument/InstrumentKenmerken';
import { InstrumentLocaties } from '../components/instrument/InstrumentLocaties';
import { InstrumentMeerInformatie } from '../components/instrument/InstrumentMeerInformatie';
import { InstrumentOmschrijvingen } from '../components/instrument/InstrumentOmschrijvingen';
import { InstrumentRegistratiecodes } from '../components/instrument/InstrumentRegistratiecodes';
import { ShareActions } from '../components/instrument/ShareActions';
import { useInstrumentDetailQuery } from '../__generated__/hooks';
import { clickedInteractie, recordInteractie, useRecordInteractie } from '../interacties';
import { NotFound } from './NotFound';
import './instrument-page.css';

const GIDS = { EVA: 'Eva', DENNIS: 'Dennis' } as const;

/** Everything about one instrument, block by block in the order of the instrumentenformat; empty blocks are left out. */
export function InstrumentDetail() {
  const { id = '' } = useParams();
  const { data, error, loading } = useInstrumentDetailQuery({ variables: { id } });
  const instrument = data?.instrument;
  const code = errorCode(error);
  const notFound = !loading && !instrument && (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || !error);
  // NotFound names the page itself; a failure to load gets a title that says so.
  useDocumentTitle(instrument ? `${instrument.naam} – ${GIDS[instrument.gids]}` : error && !notFound ? 'Fout bij laden – Instrumentengids' : null);
  useRecordInteractie(instrument ? { soort: 'BEKEKEN', gids: instrument.gids, instrumentId: instrument.id } : null, instrument?.id ?? '');
  if (loading) return <LoadingState>Instrument laden…</LoadingState>;
  if (!instrument) {
    return notFound ? (
      <NotFound title="Instrument niet gevonden">Dit instrument bestaat niet (meer). Misschien is het verwijderd of niet meer gepubliceerd.</NotFound>
    ) : (
      <ErrorState>Het instrument kon niet worden geladen. Probeer het later opnieuw.</ErrorState>
    );
  }
  return (
    <article
      className="instrument-page"
      onClickCapture={(event) => {
        const soort = clickedInteractie(event.target);
        if (soort) recordInteractie({ soort, gids: instrument.gids, instrumentId: instrument.id });
      }}
    >
      <Paragraph className="no-print">
        <RouterLink to={`/?gids=${instrument.gids.toLowerCase()}`} className="utrecht-link">
          Terug naar zoeken
        </RouterLink>
      </Paragraph>
      <Paragraph small className="instrument-gids">
        {GIDS[instrument.gids]} · {instrument.gids === 'EVA' ? 'werkzoekenden instrumentengids' : 'werkgevers instrumentengids'}
      </Paragraph>
      <Heading1>{instrument.naam}</Heading1>
      <Paragraph lead>{instrument.gids === 'EVA' ? instrument.samenvatting : instrument.korteBeschrijving}</Paragraph>
      <ShareActions naam={instrument.naam} />
      <InstrumentGegevens instrument={instrument} />
      <InstrumentOmschrijvingen instrument={instrument} />
      <InstrumentDuurKosten instrument={instrument} />
      <InstrumentKenmerken instrument={instrument} />
      <InstrumentContactpersonen instrument={instrument} />
      <InstrumentLocaties instrument={instrument} />
      <InstrumentRegistratiecodes instrument={instrument} />
      <InstrumentMeerInformatie instrument={instrument} />
      <InstrumentGebieden instrument={instrument} />
      <InstrumentBeoordeling instrument={instrument} />
    </article>
  );
}
