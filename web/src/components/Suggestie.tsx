import { Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../__generated__';
import { SuggestieFragmentDoc } from '../__generated__/graphql';

/**
 * "Bedoelde u …?": the search's suggestion when the words found nothing, very little, or only through a typo.
 * A link, so the suggested search is a page of its own (back returns to what was typed).
 */
export function Suggestie(props: { result: FragmentType<typeof SuggestieFragmentDoc>; searchFor: (tekst: string) => string }) {
  const { suggestie } = getFragmentData(SuggestieFragmentDoc, props.result);
  if (!suggestie) return null;
  return (
    <Paragraph className="suggestie">
      Bedoelde u:{' '}
      <Link to={{ search: props.searchFor(suggestie) }} className="utrecht-link">
        {suggestie}
      </Link>
      ?
    </Paragraph>
  );
}
