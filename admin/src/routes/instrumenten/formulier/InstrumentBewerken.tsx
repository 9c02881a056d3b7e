import { Binnenkort } from '../../../components/Binnenkort';

/** Placeholder until the instrument form is built. */
export function InstrumentBewerken() {
  return <Binnenkort titel="Instrument bewerken" />;
}
