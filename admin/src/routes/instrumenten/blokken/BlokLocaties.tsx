import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { BlokLocatiesFragmentDoc, type LocatieType } from '../../../__generated__/graphql';
import { Blok } from './Blok';

/** The types of the Eva handreiking (Locatie(s) uitvoering). */
const TYPE: Record<LocatieType, string> = {
  ADRES: 'Adres',
  AANBIEDER: 'Bij de aanbieder',
  WERKGEVER: 'Bij de werkgever',
  GEMEENTE: 'Bij de gemeente',
  KLANT_THUIS: 'Bij de klant thuis',
};

/** Where the instrument takes place, each locatie with its type and adres. */
export function BlokLocaties(props: { instrument: FragmentType<typeof BlokLocatiesFragmentDoc> }) {
  const { locaties } = getFragmentData(BlokLocatiesFragmentDoc, props.instrument);
  return (
    <Blok titel="Locaties" leeg={locaties.length === 0}>
      <UnorderedList>
        {locaties.map((l) => (
          <UnorderedListItem key={l.id}>
            <strong>{l.naam}</strong> ({TYPE[l.type]}){l.adres && `, ${l.adres.straat} ${l.adres.huisnummer}, ${l.adres.postcode} ${l.adres.plaats}`}
            {!l.inGebruik && ' (nu niet in gebruik)'}
            {l.beschrijving && ` · ${l.beschrijving}`}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Blok>
  );
}
