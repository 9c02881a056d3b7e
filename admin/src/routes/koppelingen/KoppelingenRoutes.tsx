import { Binnenkort } from '../../components/Binnenkort';

/** `/koppelingen/*`. */
export function KoppelingenRoutes() {
  return <Binnenkort titel="Koppelingen voor systemen" />;
}
