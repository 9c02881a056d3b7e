import { Binnenkort } from '../../components/Binnenkort';

/** `/data/*`. */
export function DataRoutes() {
  return <Binnenkort titel="Data dashboard" />;
}
