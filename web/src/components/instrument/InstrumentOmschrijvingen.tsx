// Its own entry, so DOMPurify loads only with the screens that show rich text.
import { RichText } from '@instrumentengidsen/ui/rich-text';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentOmschrijvingenFragmentDoc, type InstrumentOmschrijvingenFragment } from '../../__generated__/graphql';
import { Block } from './Block';

type Tekstveld = Exclude<keyof InstrumentOmschrijvingenFragment, 'gids' | ' $fragmentName'>;

/**
 * The opgemaakte teksten per gids, in the order of its format: Eva's instrumentenformat (stap 1, doel to
 * aanmeldinstructies) and Dennis' omschrijvingen (handleiding 2.3: beschrijving, voorwaarden, aanvragen).
 */
const BLOKKEN: Record<InstrumentOmschrijvingenFragment['gids'], [Tekstveld, string][]> = {
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

/** Each text block of the instrument as sanitized HTML under its own heading; empty ones are left out. */
export function InstrumentOmschrijvingen(props: { instrument: FragmentType<typeof InstrumentOmschrijvingenFragmentDoc> }) {
  const i = getFragmentData(InstrumentOmschrijvingenFragmentDoc, props.instrument);
  return BLOKKEN[i.gids].map(([veld, titel]) => {
    const html = i[veld];
    return (
      <Block key={veld} title={titel} empty={!html}>
        <RichText html={html ?? ''} />
      </Block>
    );
  });
}
