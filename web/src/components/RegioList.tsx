import { Heading3 } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../__generated__';
import { RegioListFragmentDoc } from '../__generated__/graphql';
import type { GidsInfo } from '../gidsen';

const collator = new Intl.Collator('nl');

/**
 * The 35 arbeidsmarktregio's, each a link to its own page, grouped by provincie (a regio over a border sits with the
 * provincie of most of its gemeenten); the groups in columns that fold to one on a phone.
 */
export function RegioList(props: { gids: GidsInfo; regios: FragmentType<typeof RegioListFragmentDoc>[] }) {
  const perProvincie = new Map<string, { code: string; naam: string }[]>();
  for (const regio of props.regios.map((r) => getFragmentData(RegioListFragmentDoc, r))) {
    perProvincie.set(regio.provincie, [...(perProvincie.get(regio.provincie) ?? []), regio]);
  }
  return (
    <ul className="provincie-list" aria-label="Arbeidsmarktregio's">
      {[...perProvincie.keys()].sort(collator.compare).map((provincie) => (
        <li key={provincie}>
          <Heading3>{provincie}</Heading3>
          <ul className="regio-list" aria-label={`Arbeidsmarktregio's in ${provincie}`}>
            {perProvincie.get(provincie)!.map((regio) => (
              <li key={regio.code}>
                <Link to={`/${props.gids.slug}/regio/${regio.code}`} className="utrecht-link">
                  {regio.naam}
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
