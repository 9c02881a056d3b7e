import { Binnenkort } from '../../components/Binnenkort';

/** `/uitwisseling/*`. */
export function UitwisselingRoutes() {
  return <Binnenkort titel="Exporteren en importeren" />;
}
