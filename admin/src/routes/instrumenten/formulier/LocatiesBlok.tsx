import { Button, Checkbox, FormFieldTextbox, FormLabel } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { InstrumentFormulierFragment, LocatieType } from '../../../__generated__/graphql';
import { useFormulierRecordsQuery } from '../../../__generated__/hooks';
import { Blok } from './Blok';
import { BlokMelding } from './BlokMelding';
import { GekoppeldeLijst } from './GekoppeldeLijst';
import { KeuzeVeld } from './KeuzeVeld';
import { useKoppelActie } from './koppel-actie';
import { koppelingInput } from './koppelingen';

const TYPES: { code: LocatieType; naam: string }[] = [
  { code: 'ADRES', naam: 'Adres' },
  { code: 'AANBIEDER', naam: 'Aanbieder' },
  { code: 'WERKGEVER', naam: 'Werkgever' },
  { code: 'GEMEENTE', naam: 'Gemeente' },
  { code: 'KLANT_THUIS', naam: 'Klant thuis' },
];

/** Locatie(s) uitvoering: naam, type, an adres made before at Adressen, in gebruik and beschrijving (invoerwijzer). */
export function LocatiesBlok({ instrument, herlaad }: { instrument: InstrumentFormulierFragment; herlaad: () => Promise<unknown> }) {
  const actie = useKoppelActie(instrument);
  const { data } = useFormulierRecordsQuery({ variables: { organisatieId: instrument.organisatie.id } });
  const [naam, setNaam] = useState('');
  const [type, setType] = useState<LocatieType>('ADRES');
  const [adresId, setAdresId] = useState('');
  const [inGebruik, setInGebruik] = useState(true);
  const [beschrijving, setBeschrijving] = useState('');
  const huidige = koppelingInput.locaties(instrument);
  const typeNaam = (code: LocatieType) => TYPES.find((t) => t.code === code)?.naam ?? code;
  return (
    <Blok titel="Locaties uitvoering" uitleg="Waar wordt het instrument uitgevoerd? Een adres maak je eerst aan bij Adressen.">
      <GekoppeldeLijst
        items={instrument.locaties}
        sleutel={(l) => l.id}
        naam={(l) => l.naam}
        inhoud={(l) => `${l.naam} (${typeNaam(l.type)}${l.adres ? `, ${l.adres.straat} ${l.adres.huisnummer}, ${l.adres.plaats}` : ''}${l.inGebruik ? '' : ', niet in gebruik'})`}
        leeg="Nog geen locaties."
        bezig={actie.form.submitting}
        ontkoppel={(l) => void actie.wijzig({ locaties: huidige.filter((_, i) => instrument.locaties[i]?.id !== l.id) })}
      />
      <div className="koppel-formulier">
        <FormFieldTextbox label="Naam van de locatie" value={naam} errorMessage={actie.fout('naam')} invalid={!!actie.fout('naam')}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setNaam(e.currentTarget.value)}
        />
        <KeuzeVeld label="Type" waarde={type} opties={TYPES} onChange={(t) => setType(t as LocatieType)} />
        <KeuzeVeld label="Adres" waarde={adresId} leeg="Geen adres" fout={actie.fout('adresId')} onChange={setAdresId}
          opties={(data?.beheerAdressen ?? []).map((a) => ({ code: a.id, naam: `${a.straat} ${a.huisnummer}, ${a.postcode} ${a.plaats}` }))}
        />
        <div className="instrument-keuze">
          <Checkbox id={`locatie-in-gebruik-${instrument.id}`} checked={inGebruik} onChange={(e) => setInGebruik(e.currentTarget.checked)} />
          <FormLabel htmlFor={`locatie-in-gebruik-${instrument.id}`} type="checkbox">In gebruik</FormLabel>
        </div>
        <FormFieldTextbox label="Beschrijving (niet verplicht)" value={beschrijving} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setBeschrijving(e.currentTarget.value)} />
        <Button appearance="secondary-action-button" disabled={actie.form.submitting}
          onClick={() => void actie.wijzig({ locaties: [...huidige, { naam, type, adresId: adresId || null, inGebruik, beschrijving: beschrijving.trim() || null }] }, () => {
            setNaam('');
            setAdresId('');
            setBeschrijving('');
          })}
        >
          Voeg locatie toe
        </Button>
      </div>
      <BlokMelding form={actie.form} herlaad={herlaad} />
    </Blok>
  );
}
