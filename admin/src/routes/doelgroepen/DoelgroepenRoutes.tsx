import { Binnenkort } from '../../components/Binnenkort';

/** `/doelgroepen/*`. */
export function DoelgroepenRoutes() {
  return <Binnenkort titel="Doelgroepen" />;
}
