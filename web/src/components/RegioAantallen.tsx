import { formatNumber } from '@instrumentengidsen/ui';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../__generated__';
import { RegioAantallenFragmentDoc } from '../__generated__/graphql';
import type { GidsInfo } from '../gidsen';

/**
 * The regio's offer in three: landelijke, regionale and lokale instruments, each with the way to them. The search
 * has no filter "only landelijk" or "only regionaal", so those two open the regio's search (where they are
 * included); the lokale are per gemeente, so that one leads to the gemeente picker.
 */
export function RegioAantallen(props: { gids: GidsInfo; regio: FragmentType<typeof RegioAantallenFragmentDoc>; gemeentenAnker: string }) {
  const { code, naam, instrumentAantallen: aantallen } = getFragmentData(RegioAantallenFragmentDoc, props.regio);
  const zoekRegio = `/${props.gids.slug}/zoeken?${new URLSearchParams({ regio: code })}`;
  const soorten = [
    { aantal: aantallen.landelijk, soort: 'landelijke', uitleg: 'in heel Nederland beschikbaar', to: zoekRegio, link: `Zoek in ${naam}` },
    { aantal: aantallen.regionaal, soort: 'regionale', uitleg: `in de hele regio ${naam}`, to: zoekRegio, link: `Zoek in ${naam}` },
    { aantal: aantallen.lokaal, soort: 'lokale', uitleg: 'alleen in een of meer gemeenten of wijken', to: `#${props.gemeentenAnker}`, link: 'Kies een gemeente' },
  ];
  return (
    <ul className="regio-aantallen" aria-label={`Instrumenten in ${naam}`}>
      {soorten.map(({ aantal, soort, uitleg, to, link }) => (
        <li key={soort} className="regio-aantallen__soort">
          <span>
            <span className="regio-aantallen__aantal">{formatNumber(aantal)}</span> {soort}
          </span>
          <span className="regio-aantallen__uitleg">{uitleg}</span>
          {aantal > 0 &&
            (to.startsWith('#') ? (
              <a href={to} className="utrecht-link">
                {link}
              </a>
            ) : (
              <Link to={to} className="utrecht-link">
                {link}
              </Link>
            ))}
        </li>
      ))}
    </ul>
  );
}
