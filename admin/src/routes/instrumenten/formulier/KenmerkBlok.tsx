import { Button, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import type { InstrumentFormulierFragment, InstrumentFormulierKeuzesQuery } from '../../../__generated__/graphql';
import { useKoppelAlleKenmerkenFormulierMutation, useKoppelKenmerkenFormulierMutation, useOntkoppelKenmerkenFormulierMutation } from '../../../__generated__/hooks';
import { Blok } from './Blok';
import { BlokMelding } from './BlokMelding';
import { GekoppeldeLijst } from './GekoppeldeLijst';
import { useKoppelActie } from './koppel-actie';

type Categorie = InstrumentFormulierKeuzesQuery['kenmerkCategorieen'][number];

/**
 * The category's kenmerken in the guide's order, each group's own values right after it. Of a category the
 * organisaties fill themselves (doelgroepen) only those of the instrument's organisatie: it may link no others.
 */
function opties(categorie: Categorie, organisatieId: string) {
  const eigen = categorie.kenmerken.filter((k) => !categorie.perOrganisatie || !k.organisatie || k.organisatie.id === organisatieId);
  return eigen.flatMap((k) => [{ code: k.code, naam: k.naam, diep: false }, ...k.children.map((c) => ({ code: c.code, naam: c.naam, diep: true }))]);
}

/** One kenmerk category of stap 2: the linked kenmerken with their cross, "Koppel" one and "Koppel alle". */
export function KenmerkBlok({ instrument, categorie, verplicht, herlaad }: {
  instrument: InstrumentFormulierFragment;
  categorie: Categorie;
  verplicht?: boolean;
  herlaad: () => Promise<unknown>;
}) {
  const id = useId();
  const actie = useKoppelActie(instrument);
  const [koppel] = useKoppelKenmerkenFormulierMutation();
  const [ontkoppel] = useOntkoppelKenmerkenFormulierMutation();
  const [koppelAlle] = useKoppelAlleKenmerkenFormulierMutation();
  const [gekozen, setGekozen] = useState('');
  const gekoppeld = instrument.kenmerken.find((g) => g.categorie.code === categorie.code)?.kenmerken ?? [];
  const vrij = opties(categorie, instrument.organisatie.id).filter((o) => !gekoppeld.some((k) => k.code === o.code));
  const versie = { id: instrument.id, version: instrument.version };
  const kanNogEen = categorie.meervoudig || gekoppeld.length === 0;
  return (
    <Blok titel={categorie.naam} verplicht={verplicht}>
      <GekoppeldeLijst
        items={gekoppeld}
        sleutel={(k) => k.code}
        naam={(k) => k.naam}
        leeg="Nog niets gekoppeld."
        bezig={actie.form.submitting}
        ontkoppel={(k) => {
          void actie.voer(() => ontkoppel({ variables: { ...versie, codes: [k.code] } })).then(() => document.getElementById(`${id}-keuze`)?.focus());
        }}
      />
      {kanNogEen && vrij.length > 0 && (
        <div className="koppel-rij">
          <div>
            <FormLabel htmlFor={`${id}-keuze`}>Kies uit {categorie.naam.toLowerCase()}</FormLabel>
            <Select id={`${id}-keuze`} value={gekozen} onChange={(e) => setGekozen(e.currentTarget.value)}>
              <SelectOption value="">Kies een kenmerk</SelectOption>
              {vrij.map((o) => (
                <SelectOption key={o.code} value={o.code}>{o.diep ? `\u00a0\u00a0– ${o.naam}` : o.naam}</SelectOption>
              ))}
            </Select>
          </div>
          <Button appearance="secondary-action-button" disabled={!gekozen || actie.form.submitting}
            onClick={() => void actie.voer(async () => {
              await koppel({ variables: { ...versie, codes: [gekozen] } });
              setGekozen('');
            })}
          >
            Koppel
          </Button>
          {categorie.meervoudig && !categorie.perOrganisatie && (
            <Button appearance="subtle-button" disabled={actie.form.submitting}
              onClick={() => void actie.voer(() => koppelAlle({ variables: { ...versie, categorie: categorie.code } }))}
            >
              Koppel alle
            </Button>
          )}
        </div>
      )}
      <BlokMelding form={actie.form} herlaad={herlaad} />
    </Blok>
  );
}
