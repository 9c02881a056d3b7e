import { Binnenkort } from '../../components/Binnenkort';

/** `/wijken/*`. */
export function WijkenRoutes() {
  return <Binnenkort titel="Wijken" />;
}
