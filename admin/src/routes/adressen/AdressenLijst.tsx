import { Paragraph } from '@utrecht/component-library-react';
import { getFragmentData } from '../../__generated__';
import { AdresVeldenFragmentDoc } from '../../__generated__/graphql';
import { useBeheerAdressenQuery } from '../../__generated__/hooks';
import { RecordKop } from '../../components/RecordKop';
import { RecordTabel } from '../../components/RecordTabel';

/** "Adressen": entered once, used by the locaties of many instruments. */
export function AdressenLijst() {
  const { data, loading, error } = useBeheerAdressenQuery({ fetchPolicy: 'cache-and-network' });
  const rijen = data && getFragmentData(AdresVeldenFragmentDoc, data.beheerAdressen);
  return (
    <>
      <RecordKop titel="Adressen" actie={{ naar: 'nieuw', label: 'Creëer adres' }} />
      <Paragraph>Een adres voer je één keer in. Daarna gebruik je het bij de locaties van instrumenten.</Paragraph>
      <RecordTabel
        bijschrift="Adressen"
        rijen={rijen}
        loading={loading}
        error={error}
        sleutel={(a) => a.id}
        link={(a) => `${a.id}/bewerken`}
        kolommen={[
          { kop: 'Straat en huisnummer', waarde: (a) => `${a.straat} ${a.huisnummer}` },
          { kop: 'Postcode', waarde: (a) => a.postcode },
          { kop: 'Plaats', waarde: (a) => a.plaats },
        ]}
        leeg="Er zijn nog geen adressen. Kies ‘Creëer adres’ om er een toe te voegen."
      />
    </>
  );
}
