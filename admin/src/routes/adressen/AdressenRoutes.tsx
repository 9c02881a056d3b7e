import { Binnenkort } from '../../components/Binnenkort';

/** `/adressen/*`. */
export function AdressenRoutes() {
  return <Binnenkort titel="Adressen" />;
}
