import { Paragraph } from '@utrecht/component-library-react';
import { getFragmentData } from '../../__generated__';
import { WijkVeldenFragmentDoc } from '../../__generated__/graphql';
import { useBeheerWijkenQuery } from '../../__generated__/hooks';
import { RecordKop } from '../../components/RecordKop';
import { RecordTabel } from '../../components/RecordTabel';
import { GemeenteKeuze, useGemeenteKeuze } from './GemeenteKeuze';

/** "Wijken": the wijken beheerders made in a gemeente, for instruments that are only available there. */
export function WijkenLijst() {
  const { regio, gemeente } = useGemeenteKeuze();
  const { data, loading, error } = useBeheerWijkenQuery({ variables: { gemeenteCode: gemeente }, skip: !gemeente, fetchPolicy: 'cache-and-network' });
  const rijen = data && getFragmentData(WijkVeldenFragmentDoc, data.beheerWijken);
  const zoek = `?regio=${regio}&gemeente=${gemeente}`;
  return (
    <>
      <RecordKop titel="Wijken" actie={gemeente ? { naar: `nieuw${zoek}`, label: 'Creëer wijk' } : undefined} />
      <Paragraph>Een wijk hoort bij een gemeente. Kies eerst de regio en dan de gemeente.</Paragraph>
      <GemeenteKeuze />
      {gemeente ? (
        <RecordTabel
          bijschrift="Wijken"
          rijen={rijen}
          loading={loading}
          error={error}
          sleutel={(w) => w.id}
          link={(w) => `${w.id}/bewerken${zoek}`}
          kolommen={[
            { kop: 'Wijk', waarde: (w) => w.naam },
            { kop: 'Gemeente', waarde: (w) => w.gemeente.naam },
          ]}
          leeg="Deze gemeente heeft nog geen wijken van jouw organisaties. Kies ‘Creëer wijk’ om er een toe te voegen."
        />
      ) : (
        <Paragraph>Kies een gemeente om haar wijken te zien.</Paragraph>
      )}
    </>
  );
}
