import { Button, FormFieldTextbox } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ContactSoort, InstrumentFormulierFragment } from '../../../__generated__/graphql';
import { useFormulierRecordsQuery } from '../../../__generated__/hooks';
import { Blok } from './Blok';
import { BlokMelding } from './BlokMelding';
import { GekoppeldeLijst } from './GekoppeldeLijst';
import { KeuzeVeld } from './KeuzeVeld';
import { useKoppelActie } from './koppel-actie';
import { koppelingInput } from './koppelingen';

const SOORTEN: { code: ContactSoort; naam: string }[] = [
  { code: 'INTERN', naam: 'Intern (alleen voor wie is ingelogd)' },
  { code: 'EXTERN', naam: 'Extern (voor iedereen)' },
];

/** Contactpersonen (intern/extern) from the organisatie's list, each with an optional label (invoerwijzer stap 2). */
export function ContactpersonenBlok({ instrument, herlaad }: { instrument: InstrumentFormulierFragment; herlaad: () => Promise<unknown> }) {
  const actie = useKoppelActie(instrument);
  const { data } = useFormulierRecordsQuery({ variables: { organisatieId: instrument.organisatie.id } });
  const [contactpersoonId, setContactpersoonId] = useState('');
  const [soort, setSoort] = useState<ContactSoort>('EXTERN');
  const [label, setLabel] = useState('');
  const huidige = koppelingInput.contactpersonen(instrument);
  const vrij = (data?.beheerContactpersonen ?? []).filter((c) => !huidige.some((k) => k.contactpersoonId === c.id));
  return (
    <Blok titel="Contactpersonen" uitleg="Kies uit de contactpersonen van je organisatie. Een nieuwe contactpersoon maak je eerst aan bij Contactpersonen.">
      <GekoppeldeLijst
        items={instrument.contactpersonen}
        sleutel={(k) => k.contactpersoon.id}
        naam={(k) => k.contactpersoon.naam}
        inhoud={(k) => `${k.contactpersoon.naam} (${k.soort === 'INTERN' ? 'intern' : 'extern'}${k.label ? `, ${k.label}` : ''})`}
        leeg="Nog geen contactpersonen gekoppeld."
        bezig={actie.form.submitting}
        ontkoppel={(k) => void actie.wijzig({ contactpersonen: huidige.filter((c) => c.contactpersoonId !== k.contactpersoon.id) })}
      />
      <div className="koppel-formulier">
        <KeuzeVeld label="Contactpersoon" waarde={contactpersoonId} leeg="Kies een contactpersoon" onChange={setContactpersoonId}
          opties={vrij.map((c) => ({ code: c.id, naam: c.email ? `${c.naam} (${c.email})` : c.naam }))} fout={actie.fout('contactpersoonId')}
        />
        <KeuzeVeld label="Soort" waarde={soort} onChange={(s) => setSoort(s as ContactSoort)} opties={SOORTEN} />
        <FormFieldTextbox label="Label (niet verplicht)" description="Bijvoorbeeld: trajectbegeleider." value={label} errorMessage={actie.fout('label')} invalid={!!actie.fout('label')}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setLabel(e.currentTarget.value)}
        />
        <Button appearance="secondary-action-button" disabled={!contactpersoonId || actie.form.submitting}
          onClick={() => void actie.wijzig({ contactpersonen: [...huidige, { contactpersoonId, soort, label: label.trim() || null }] }, () => {
            setContactpersoonId('');
            setLabel('');
          })}
        >
          Koppel contactpersoon
        </Button>
      </div>
      <BlokMelding form={actie.form} herlaad={herlaad} />
    </Blok>
  );
}
