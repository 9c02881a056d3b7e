import { Binnenkort } from '../../../components/Binnenkort';

/** Placeholder until the instrument form is built. */
export function InstrumentNieuw() {
  return <Binnenkort titel="Instrument nieuw" />;
}
