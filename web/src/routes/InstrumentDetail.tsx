import { errorCode, LoadingState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Navigate, Link as RouterLink, useParams } from 'react-router';
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
import { gidsInfo, useOptionalGids } from '../gidsen';
import { clickedInteractie, recordInteractie, useRecordInteractie } from '../interacties';
import { LoadError, NotFound } from './NotFound';
import './instrument-page.css';

/** Everything about one instrument, block by block in the order of the instrumentenformat; empty blocks are left out. */
export function InstrumentDetail() {
  const { id = '' } = useParams();
  const pathGids = useOptionalGids();
  const { data, error, loading } = useInstrumentDetailQuery({ variables: { id } });
  const instrument = data?.instrument;
  const code = errorCode(error);
  const notFound = !loading && !instrument && (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || !error);
  // NotFound names the page itself; a failure to load gets a title that says so.
  const gids = instrument ? gidsInfo(instrument.gids) : undefined;
  const wrongGids = gids !== undefined && gids !== pathGids;
  useDocumentTitle(gids && !wrongGids ? `${instrument!.naam} – ${gids.naam}` : null);
  useRecordInteractie(instrument && !wrongGids ? { soort: 'BEKEKEN', gids: instrument.gids, instrumentId: instrument.id } : null, instrument?.id ?? '');
  if (loading) return <LoadingState>Instrument laden…</LoadingState>;
  // An old link (`/instrument/:id`) or one with the other guide moves to the instrument's own guide.
  if (gids && wrongGids) return <Navigate to={`/${gids.slug}/instrument/${id}`} replace />;
  if (!instrument) {
    return notFound ? (
      <NotFound title="Instrument niet gevonden">Dit instrument bestaat niet (meer). Misschien is het verwijderd of niet meer gepubliceerd.</NotFound>
    ) : (
      <LoadError wat="Instrument">Het instrument kon niet worden geladen. Probeer het later opnieuw.</LoadError>
    );
  }
  const own = gidsInfo(instrument.gids);
  return (
    <article
      className="instrument-page"
      onClickCapture={(event) => {
        const soort = clickedInteractie(event.target);
        if (soort) recordInteractie({ soort, gids: instrument.gids, instrumentId: instrument.id });
      }}
    >
      <Paragraph className="no-print">
        <RouterLink to={`/${own.slug}/zoeken`} className="utrecht-link">
          Terug naar zoeken
        </RouterLink>
      </Paragraph>
      <Paragraph small className="instrument-gids">
        {own.naam} · {own.titel}
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
