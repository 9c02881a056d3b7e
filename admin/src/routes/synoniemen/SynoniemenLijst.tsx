import { Paragraph } from '@utrecht/component-library-react';
import { RecordKop } from '../../components/RecordKop';
import { RecordTabel } from '../../components/RecordTabel';
import { synoniemgroepen, useSynoniemgroepenQuery } from './synoniemgroepen';

/** "Synoniemen bij zoeken": every group of words the search treats as the same, by first word. */
export function SynoniemenLijst() {
  const { data, loading, error } = useSynoniemgroepenQuery('cache-and-network');
  return (
    <>
      <RecordKop titel="Synoniemen bij zoeken" actie={{ naar: 'nieuw', label: 'Nieuwe groep' }} />
      <Paragraph>
        Woorden in één groep betekenen bij het zoeken hetzelfde. Wie in Eva of Dennis ‘wep’ zoekt, vindt dan ook instrumenten met
        ‘werkervaringsplaats’. Een woord kan maar in één groep staan. Wijzigingen gelden meteen voor iedereen.
      </Paragraph>
      <RecordTabel
        bijschrift="Synoniemgroepen"
        rijen={data ? synoniemgroepen(data) : undefined}
        loading={loading}
        error={error}
        sleutel={(g) => g.id}
        link={(g) => `${g.id}/bewerken`}
        kolommen={[
          { kop: 'Woorden', waarde: (g) => g.termen.join(', ') },
          { kop: 'Toelichting', waarde: (g) => g.toelichting ?? '' },
        ]}
        leeg="Er zijn nog geen synoniemen. Maak een nieuwe groep."
      />
    </>
  );
}
