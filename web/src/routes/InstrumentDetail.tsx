import { errorCode, ErrorState, LoadingState, NoticeState } from '@instrumentengidsen/ui';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink, useParams } from 'react-router';
import { InstrumentBeoordeling } from '../components/instrument/InstrumentBeoordeling';
import { InstrumentContactpersonen } from '../components/instrument/InstrumentContactpersonen';
import { InstrumentGegevens } from '../components/instrument/InstrumentGegevens';
import { InstrumentLocaties } from '../components/instrument/InstrumentLocaties';
import { InstrumentMeerInformatie } from '../components/instrument/InstrumentMeerInformatie';
import { useInstrumentDetailQuery } from '../__generated__/hooks';

/** Everything about one instrument, in the order of the instrumentenformat. */
export function InstrumentDetail() {
  const { id = '' } = useParams();
  const { data, error, loading } = useInstrumentDetailQuery({ variables: { id } });
  if (loading) return <LoadingState>Instrument laden…</LoadingState>;
  if (!data?.instrument) {
    const code = errorCode(error);
    return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? (
      <NoticeState>Dit instrument bestaat niet (meer).</NoticeState>
    ) : (
      <ErrorState>Het instrument kon niet worden geladen. Probeer het later opnieuw.</ErrorState>
    );
  }
  const instrument = data.instrument;
  return (
    <article>
      <Paragraph>
        <RouterLink to={`/?gids=${instrument.gids.toLowerCase()}`} className="utrecht-link">
          Terug naar zoeken
        </RouterLink>
      </Paragraph>
      <Heading1>{instrument.naam}</Heading1>
      <Paragraph lead>{instrument.samenvatting ?? instrument.korteBeschrijving}</Paragraph>
      <InstrumentGegevens instrument={instrument} />
      <InstrumentContactpersonen instrument={instrument} />
      <InstrumentLocaties instrument={instrument} />
      <InstrumentMeerInformatie instrument={instrument} />
      <InstrumentBeoordeling instrument={instrument} />
    </article>
  );
}
