import { Paragraph } from '@utrecht/component-library-react';
import { getFragmentData } from '../../__generated__';
import { AanbiederVeldenFragmentDoc } from '../../__generated__/graphql';
import { useBeheerAanbiedersQuery } from '../../__generated__/hooks';
import { RecordKop } from '../../components/RecordKop';
import { RecordTabel } from '../../components/RecordTabel';

/** "Aanbieders": all aanbieders in the beheerder's regio (of their organisaties), each a way to its page. */
export function AanbiedersLijst() {
  const { data, loading, error } = useBeheerAanbiedersQuery({ fetchPolicy: 'cache-and-network' });
  const rijen = data && getFragmentData(AanbiederVeldenFragmentDoc, data.beheerAanbieders);
  return (
    <>
      <RecordKop titel="Aanbieders" actie={{ naar: 'nieuw', label: 'Creëer aanbieder' }} />
      <Paragraph>Alle aanbieders in jouw regio: de partijen die de instrumenten uitvoeren. Kies een aanbieder voor zijn contactpersonen en instrumenten.</Paragraph>
      <RecordTabel
        bijschrift="Aanbieders"
        rijen={rijen}
        loading={loading}
        error={error}
        sleutel={(a) => a.id}
        link={(a) => a.id}
        kolommen={[
          { kop: 'Naam', waarde: (a) => a.naam },
          { kop: 'Organisatie', waarde: (a) => a.organisatie.naam },
          { kop: 'E-mailadres', waarde: (a) => a.email ?? '' },
          { kop: 'Telefoonnummer', waarde: (a) => a.telefoon ?? '' },
        ]}
        leeg="Er zijn nog geen aanbieders. Kies ‘Creëer aanbieder’ om er een toe te voegen."
      />
    </>
  );
}
