import { Binnenkort } from '../../components/Binnenkort';

/** `/prullenbak/*`. */
export function PrullenbakRoutes() {
  return <Binnenkort titel="Prullenbak" />;
}
