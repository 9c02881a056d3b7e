import { Paragraph } from '@utrecht/component-library-react';
import { getFragmentData } from '../../__generated__';
import { ContactpersoonVeldenFragmentDoc } from '../../__generated__/graphql';
import { useBeheerContactpersonenQuery } from '../../__generated__/hooks';
import { RecordKop } from '../../components/RecordKop';
import { RecordTabel } from '../../components/RecordTabel';

/** "Contactpersonen": every contactpersoon of the beheerder's organisaties, entered once and linked often. */
export function ContactpersonenLijst() {
  const { data, loading, error } = useBeheerContactpersonenQuery({ fetchPolicy: 'cache-and-network' });
  const rijen = data && getFragmentData(ContactpersoonVeldenFragmentDoc, data.beheerContactpersonen);
  return (
    <>
      <RecordKop titel="Contactpersonen" actie={{ naar: 'nieuw', label: 'Creëer contactpersoon' }} />
      <Paragraph>Een contactpersoon voer je één keer in. Daarna koppel je hem aan instrumenten en aanbieders.</Paragraph>
      <RecordTabel
        bijschrift="Contactpersonen"
        rijen={rijen}
        loading={loading}
        error={error}
        sleutel={(c) => c.id}
        link={(c) => `${c.id}/bewerken`}
        kolommen={[
          { kop: 'Naam', waarde: (c) => c.naam },
          { kop: 'E-mailadres', waarde: (c) => c.email ?? '' },
          { kop: 'Telefoonnummer', waarde: (c) => c.telefoon ?? '' },
        ]}
        leeg="Er zijn nog geen contactpersonen. Kies ‘Creëer contactpersoon’ om er een toe te voegen."
      />
    </>
  );
}
