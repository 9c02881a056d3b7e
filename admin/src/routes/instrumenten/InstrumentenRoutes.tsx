import { Binnenkort } from '../../components/Binnenkort';

/** `/instrumenten/*`. */
export function InstrumentenRoutes() {
  return <Binnenkort titel="Instrumenten" />;
}
