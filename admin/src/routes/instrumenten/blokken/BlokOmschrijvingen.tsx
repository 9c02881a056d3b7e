// Its own entry, so DOMPurify loads only with the screens that show rich text.
import { RichText } from '@instrumentengidsen/ui/rich-text';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { BlokOmschrijvingenFragmentDoc, type BlokOmschrijvingenFragment } from '../../../__generated__/graphql';
import { Blok } from './Blok';

type Tekstveld = Exclude<keyof BlokOmschrijvingenFragment, 'gids' | ' $fragmentName'>;

/** The opgemaakte teksten per gids in the order of its format and with the public page's headings. */
export const OMSCHRIJVINGEN: Record<BlokOmschrijvingenFragment['gids'], [Tekstveld, string][]> = {
  EVA: [
    ['doel', 'Doel'],
    ['werkwijze', 'Werkwijze'],
    ['onderscheidendeAanpak', 'Onderscheidende aanpak'],
    ['voorwaardenDeelname', 'Voorwaarden voor deelname'],
    ['werkafspraken', 'Werkafspraken'],
    ['samenwerkingspartners', 'Samenwerkingspartners'],
    ['toelichtingDoelgroep', 'Toelichting doelgroep'],
    ['aanvullendeInformatie', 'Aanvullende informatie'],
    ['aanmeldinstructies', 'Aanmelden'],
  ],
  DENNIS: [
    ['beschrijving', 'Beschrijving'],
    ['voorwaarden', 'Voorwaarden'],
    ['aanvragen', 'Aanvragen'],
  ],
};

/** Each text block as sanitized HTML under its own heading. */
export function BlokOmschrijvingen(props: { instrument: FragmentType<typeof BlokOmschrijvingenFragmentDoc> }) {
  const i = getFragmentData(BlokOmschrijvingenFragmentDoc, props.instrument);
  return OMSCHRIJVINGEN[i.gids].map(([veld, titel]) => (
    <Blok key={veld} titel={titel} leeg={!i[veld]}>
      <RichText html={i[veld] ?? ''} />
    </Blok>
  ));
}
