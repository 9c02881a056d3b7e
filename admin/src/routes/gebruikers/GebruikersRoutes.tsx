import { Binnenkort } from '../../components/Binnenkort';

/** `/gebruikers/*`. */
export function GebruikersRoutes() {
  return <Binnenkort titel="Gebruikers" />;
}
