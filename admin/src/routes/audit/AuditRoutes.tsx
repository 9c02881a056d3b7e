import { Binnenkort } from '../../components/Binnenkort';

/** `/audit/*`. */
export function AuditRoutes() {
  return <Binnenkort titel="Wijzigingen" />;
}
