import { Button, Checkbox, FormLabel, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { BeschikbareGebiedenInput, InstrumentFormulierFragment } from '../../../__generated__/graphql';
import { useFormulierGemeentenQuery, useFormulierWijkenQuery } from '../../../__generated__/hooks';
import { isLandelijk, useBeheerder } from '../../../session';
import { Blok } from './Blok';
import { BlokMelding } from './BlokMelding';
import { GekoppeldeLijst } from './GekoppeldeLijst';
import { KeuzeVeld } from './KeuzeVeld';
import { useKoppelActie } from './koppel-actie';
import { koppelingInput } from './koppelingen';

/**
 * Beschikbare gebieden "op orde van grootheid" (handleiding 2.5): first a regio, then, for a local instrument,
 * one of its gemeenten, then one of that gemeente's wijken. The deepest choice is what is added: a regional
 * instrument needs no gemeenten. Landelijk is for the landelijk beheerder only.
 */
export function GebiedenBlok({ instrument, regios, herlaad }: {
  instrument: InstrumentFormulierFragment;
  regios: { code: string; naam: string }[];
  herlaad: () => Promise<unknown>;
}) {
  const { beheerder } = useBeheerder();
  const actie = useKoppelActie(instrument);
  const [regio, setRegio] = useState('');
  const [gemeente, setGemeente] = useState('');
  const [wijk, setWijk] = useState('');
  const gemeenten = useFormulierGemeentenQuery({ variables: { regioCode: regio }, skip: !regio });
  const wijken = useFormulierWijkenQuery({ variables: { gemeenteCode: gemeente }, skip: !gemeente });
  const huidige = koppelingInput.beschikbareGebieden(instrument);
  const gebieden = instrument.beschikbareGebieden;
  const opslaan = (gebied: Partial<BeschikbareGebiedenInput>, gelukt?: () => void) => actie.wijzig({ beschikbareGebieden: { ...huidige, ...gebied } }, gelukt);
  const zonder = <T,>(lijst: T[] | null | undefined, weg: T) => (lijst ?? []).filter((x) => x !== weg);
  const toevoegen = () => {
    const leeg = () => {
      setRegio('');
      setGemeente('');
      setWijk('');
    };
    if (wijk) return opslaan({ wijken: [...(huidige.wijken ?? []), wijk] }, leeg);
    if (gemeente) return opslaan({ gemeenten: [...(huidige.gemeenten ?? []), gemeente] }, leeg);
    return opslaan({ regios: [...(huidige.regios ?? []), regio] }, leeg);
  };
  const knop = wijk ? 'Voeg wijk toe' : gemeente ? 'Voeg gemeente toe' : 'Voeg regio toe';
  return (
    <Blok titel="Beschikbare gebieden" uitleg="Waar kan het instrument worden ingezet? Kies eerst de regio. Voor een lokaal instrument kies je daarna de gemeente, en eventueel de wijk.">
      {isLandelijk(beheerder) ? (
        <div className="instrument-keuze">
          <Checkbox id="gebied-landelijk" checked={gebieden.landelijk} disabled={actie.form.submitting} onChange={(e) => void opslaan({ landelijk: e.currentTarget.checked })} />
          <FormLabel htmlFor="gebied-landelijk" type="checkbox">Landelijk: overal in Nederland</FormLabel>
        </div>
      ) : (
        gebieden.landelijk && <Paragraph>Dit instrument is landelijk beschikbaar.</Paragraph>
      )}
      <GekoppeldeLijst
        items={[
          ...gebieden.regios.map((r) => ({ sleutel: `r-${r.code}`, naam: `Regio ${r.naam}`, weg: () => opslaan({ regios: zonder(huidige.regios, r.code) }) })),
          ...gebieden.gemeenten.map((g) => ({ sleutel: `g-${g.code}`, naam: `Gemeente ${g.naam}`, weg: () => opslaan({ gemeenten: zonder(huidige.gemeenten, g.code) }) })),
          ...gebieden.wijken.map((w) => ({ sleutel: `w-${w.id}`, naam: `Wijk ${w.naam}`, weg: () => opslaan({ wijken: zonder(huidige.wijken, w.id) }) })),
        ]}
        sleutel={(g) => g.sleutel}
        naam={(g) => g.naam}
        leeg="Nog geen regio's, gemeenten of wijken."
        bezig={actie.form.submitting}
        ontkoppel={(g) => void g.weg()}
      />
      <div className="koppel-formulier koppel-formulier--rij">
        <KeuzeVeld label="Regio" waarde={regio} leeg="Kies een regio" opties={regios}
          onChange={(code) => {
            setRegio(code);
            setGemeente('');
            setWijk('');
          }}
        />
        {regio && (
          <KeuzeVeld label="Gemeente" waarde={gemeente} bezig={gemeenten.loading} leeg="De hele regio"
            opties={gemeenten.data?.gemeenten ?? []}
            onChange={(code) => {
              setGemeente(code);
              setWijk('');
            }}
          />
        )}
        {gemeente && (
          <KeuzeVeld label="Wijk" waarde={wijk} bezig={wijken.loading}
            leeg={wijken.data && !wijken.data.beheerWijken.length ? 'De hele gemeente (geen wijken aangemaakt)' : 'De hele gemeente'}
            opties={(wijken.data?.beheerWijken ?? []).map((w) => ({ code: w.id, naam: w.naam }))} onChange={setWijk}
          />
        )}
      </div>
      <Button appearance="secondary-action-button" disabled={!regio || actie.form.submitting} onClick={() => void toevoegen()}>
        {knop}
      </Button>
      <BlokMelding form={actie.form} herlaad={herlaad} />
    </Blok>
  );
}
