import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { RecordKop } from '../../components/RecordKop';
import { RecordTabel } from '../../components/RecordTabel';
import { useEigenOrganisaties } from '../../components/useEigenOrganisaties';
import { eigenDoelgroepen, useDoelgroepenQuery } from './eigen-doelgroepen';

/** "Doelgroepen": per gids the doelgroepen the beheerder's organisaties added to the fixed list. */
export function DoelgroepenLijst() {
  const { data, loading, error } = useDoelgroepenQuery('cache-and-network');
  const organisaties = useEigenOrganisaties();
  const categorieen = data ? eigenDoelgroepen(data, organisaties) : [{ code: 'laden', label: 'Eigen doelgroepen', doelgroepen: undefined }];
  return (
    <>
      <RecordKop titel="Doelgroepen" actie={{ naar: 'nieuw', label: 'Creëer doelgroep' }} />
      <Paragraph>
        Naast de vaste doelgroepen uit de handreiking kan je organisatie eigen doelgroepen maken. Die kies je daarna bij je instrumenten. Een doelgroep
        ‘algemeen’ bestaat niet: een instrument zonder doelgroep is voor iedereen.
      </Paragraph>
      {categorieen.map((categorie) => (
        <section key={categorie.code} className="record-blok" aria-labelledby={`doelgroepen-${categorie.code}`}>
          <Heading2 id={`doelgroepen-${categorie.code}`}>{categorie.label}</Heading2>
          <RecordTabel
            bijschrift={`Eigen ${categorie.label.toLowerCase()}`}
            bijschriftVerbergen
            rijen={categorie.doelgroepen}
            loading={loading}
            error={error}
            sleutel={(d) => d.code}
            link={(d) => `${d.code}/bewerken`}
            kolommen={[
              { kop: 'Doelgroep', waarde: (d) => d.naam },
              { kop: 'Beschrijving', waarde: (d) => d.beschrijving ?? '' },
              { kop: 'Organisatie', waarde: (d) => d.organisatie?.naam ?? '' },
            ]}
            leeg="Je organisatie heeft hier nog geen eigen doelgroepen."
          />
        </section>
      ))}
    </>
  );
}
