import { useSearchParams } from 'react-router';
import { Werklandschap } from './Werklandschap';

/** The werklandschap of the guide in the address, whose tiles link to that guide's search. */
export function WerklandschapPage() {
  const [params] = useSearchParams();
  const gids = params.get('gids') === 'dennis' ? 'DENNIS' : 'EVA';
  return <Werklandschap gids={gids} zoekLink={(code) => `/?gids=${gids.toLowerCase()}&k=${encodeURIComponent(code)}`} />;
}
