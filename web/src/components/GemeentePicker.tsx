import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../__generated__';
import { GemeentePickerFragmentDoc } from '../__generated__/graphql';
import type { GidsInfo } from '../gidsen';

/** The gemeenten of a regio; each opens the search narrowed to that gemeente (its own offer, the regio's and the national). */
export function GemeentePicker(props: { gids: GidsInfo; regioCode: string; gemeenten: FragmentType<typeof GemeentePickerFragmentDoc>[] }) {
  const gemeenten = props.gemeenten.map((gemeente) => getFragmentData(GemeentePickerFragmentDoc, gemeente));
  return (
    <ul className="regio-list" aria-label="Gemeenten">
      {gemeenten.map((gemeente) => (
        <li key={gemeente.code}>
          <Link to={`/${props.gids.slug}/zoeken?${new URLSearchParams({ regio: props.regioCode, gemeente: gemeente.code })}`} className="utrecht-link">
            {gemeente.naam}
          </Link>
        </li>
      ))}
    </ul>
  );
}
