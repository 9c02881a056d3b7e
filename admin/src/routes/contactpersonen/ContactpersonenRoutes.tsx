import { Binnenkort } from '../../components/Binnenkort';

/** `/contactpersonen/*`. */
export function ContactpersonenRoutes() {
  return <Binnenkort titel="Contactpersonen" />;
}
