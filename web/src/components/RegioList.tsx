import { getFragmentData, type FragmentType } from '../__generated__';
import { RegioListFragmentDoc } from '../__generated__/graphql';
import { Link } from 'react-router';
import type { GidsInfo } from '../gidsen';

/** The 35 arbeidsmarktregio's, each a link to its own page; in columns that fold to one on a phone. */
export function RegioList(props: { gids: GidsInfo; regios: FragmentType<typeof RegioListFragmentDoc>[] }) {
  const regios = props.regios.map((regio) => getFragmentData(RegioListFragmentDoc, regio));
  return (
    <ul className="regio-list" aria-label="Arbeidsmarktregio's">
      {regios.map((regio) => (
        <li key={regio.code}>
          <Link to={`/${props.gids.slug}/regio/${regio.code}`} className="utrecht-link">
            {regio.naam}
          </Link>
        </li>
      ))}
    </ul>
  );
}
