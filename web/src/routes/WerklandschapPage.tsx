import { useGids } from '../gidsen';
import { Werklandschap } from './Werklandschap';

/** The werklandschap of the guide in the path, whose tiles link to that guide's search. */
export function WerklandschapPage() {
  const { gids, slug } = useGids();
  return <Werklandschap gids={gids} zoekLink={(code) => `/${slug}/zoeken?k=${encodeURIComponent(code)}`} />;
}
