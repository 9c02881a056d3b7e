import {
  Checkbox, Fieldset, FieldsetLegend, FormFieldTextarea, FormFieldTextbox, FormLabel, RadioButton,
} from '@utrecht/component-library-react';
import type { Gids } from '../../../__generated__/graphql';
import { useFormulierAanbiedersQuery } from '../../../__generated__/hooks';
import { RijkeTekstVeld } from './RijkeTekstVeld';
import { STAP1, type Veld as VeldDef, type VeldNaam, type Waarden } from './velden';
import { KeuzeVeld } from './KeuzeVeld';
import { VerplichtLabel } from './Veld';

export interface Keuze {
  code: string;
  naam: string;
}

export interface Stap1Props {
  gids: Gids;
  waarden: Waarden;
  zet: <K extends VeldNaam>(veld: K, waarde: Waarden[K]) => void;
  fout: (veld: VeldNaam) => string | undefined;
  organisaties: { id: string; naam: string }[];
  uitvoeringsvormen: Keuze[];
  /** Changes when the texts are replaced from outside (a reload after a conflict): the editors start anew. */
  revisie: number;
}

const EENHEDEN = [
  ['UUR', 'uur'],
  ['DAG', 'dagen'],
  ['WEEK', 'weken'],
  ['MAAND', 'maanden'],
] as const;

/** Stap 1's fields, block by block, in the order of the invoerwijzer (Eva) or the handleiding (Dennis). */
export function Stap1Velden(props: Stap1Props) {
  return (
    <>
      {STAP1[props.gids].map((blok) => (
        <Fieldset key={blok.titel} className="instrument-blok">
          <FieldsetLegend>{blok.titel}</FieldsetLegend>
          {blok.velden.map((veld) => (
            <VeldInvoer key={veld.naam} veld={veld} {...props} />
          ))}
        </Fieldset>
      ))}
    </>
  );
}

function VeldInvoer({ veld, waarden, zet, fout, organisaties, uitvoeringsvormen, revisie }: Stap1Props & { veld: VeldDef }) {
  const common = { label: veld.label, uitleg: veld.uitleg, fout: fout(veld.naam), verplicht: veld.verplicht };
  const tekst = (naam: VeldNaam) => waarden[naam] as string;
  switch (veld.soort) {
    case 'organisatie':
      return (
        <KeuzeVeld {...common} waarde={waarden.organisatieId} leeg="Kies een organisatie" opties={organisaties.map((o) => ({ code: o.id, naam: o.naam }))}
          onChange={(id) => {
            zet('organisatieId', id);
            zet('aanbiederId', '');
          }}
        />
      );
    case 'aanbieder':
      return <AanbiederKeuze {...common} organisatieId={waarden.organisatieId} waarde={waarden.aanbiederId} onChange={(id) => zet('aanbiederId', id)} />;
    case 'type':
      return (
        <Fieldset className="instrument-keuzes" role="radiogroup">
          <FieldsetLegend>{veld.label}</FieldsetLegend>
          {(['INSTRUMENT', 'LEERWERKTRAJECT'] as const).map((type) => (
            <div key={type} className="instrument-keuze">
              <RadioButton id={`type-${type}`} name="type" value={type} checked={waarden.type === type} onChange={() => zet('type', type)} />
              <FormLabel htmlFor={`type-${type}`} type="radio">{type === 'INSTRUMENT' ? 'Instrument' : 'Leerwerktraject'}</FormLabel>
            </div>
          ))}
        </Fieldset>
      );
    case 'publiceren':
      return (
        <div className="instrument-keuze">
          <Checkbox id="publiceren" name="publiceren" checked={waarden.publiceren} onChange={(e) => zet('publiceren', e.currentTarget.checked)}
            aria-describedby="publiceren-uitleg" invalid={!!fout('publiceren')} />
          <FormLabel htmlFor="publiceren" type="checkbox">Publiceren</FormLabel>
          <p id="publiceren-uitleg" className="instrument-keuze__uitleg">
            {veld.uitleg} Een Eva-instrument kan pas gepubliceerd worden met een tegel en een klantkenmerk (stap 2).
          </p>
          {fout('publiceren') && <p className="utrecht-form-field-error-message">{fout('publiceren')}</p>}
        </div>
      );
    case 'uitvoeringsvorm':
      return (
        <Fieldset className="instrument-keuzes" invalid={!!common.fout}>
          <FieldsetLegend>
            <VerplichtLabel label={veld.label} verplicht={veld.verplicht} />
          </FieldsetLegend>
          <p className="instrument-keuze__uitleg">{veld.uitleg}</p>
          <div className="instrument-keuzes__raster">
            {uitvoeringsvormen.map((vorm) => (
              <div key={vorm.code} className="instrument-keuze">
                <Checkbox id={`uv-${vorm.code}`} checked={waarden.uitvoeringsvormen.includes(vorm.code)}
                  onChange={(e) => zet('uitvoeringsvormen', e.currentTarget.checked
                    ? [...waarden.uitvoeringsvormen, vorm.code]
                    : waarden.uitvoeringsvormen.filter((c) => c !== vorm.code))}
                />
                <FormLabel htmlFor={`uv-${vorm.code}`} type="checkbox">{vorm.naam}</FormLabel>
              </div>
            ))}
          </div>
        </Fieldset>
      );
    case 'eenheid':
      return (
        <KeuzeVeld {...common} waarde={waarden.duurEenheid} leeg="Kies een eenheid" opties={EENHEDEN.map(([code, naam]) => ({ code, naam }))}
          onChange={(code) => zet('duurEenheid', code as Waarden['duurEenheid'])}
        />
      );
    case 'rijk':
      return <RijkeTekstVeld key={`${veld.naam}-${revisie}`} {...common} waarde={tekst(veld.naam)} onChange={(html) => zet(veld.naam, html)} />;
    case 'platteTekst':
      return (
        <FormFieldTextarea label={<VerplichtLabel label={veld.label} verplicht={veld.verplicht} />} description={veld.uitleg} name={veld.naam}
          errorMessage={common.fout} invalid={!!common.fout} value={tekst(veld.naam)} rows={veld.naam === 'samenvatting' || veld.naam === 'korteBeschrijving' ? 5 : 2}
          onChange={(e) => zet(veld.naam, e.currentTarget.value)}
        />
      );
    default:
      return (
        <FormFieldTextbox label={<VerplichtLabel label={veld.label} verplicht={veld.verplicht} />} description={veld.uitleg} name={veld.naam}
          errorMessage={common.fout} invalid={!!common.fout} value={tekst(veld.naam)}
          type={veld.soort === 'datum' ? 'date' : 'text'}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => zet(veld.naam, e.currentTarget.value)}
        />
      );
  }
}

/** The aanbieders of the chosen organisatie (beheerAanbieders). */
function AanbiederKeuze({ organisatieId, ...props }: Omit<Parameters<typeof KeuzeVeld>[0], 'opties' | 'leeg'> & { organisatieId: string }) {
  const { data, loading } = useFormulierAanbiedersQuery({ variables: { organisatieId }, skip: !organisatieId });
  const opties = (data?.beheerAanbieders ?? []).map((a) => ({ code: a.id, naam: a.naam }));
  const leeg = !organisatieId ? 'Kies eerst een organisatie' : loading ? 'Aanbieders laden…' : opties.length ? 'Kies een aanbieder' : 'Deze organisatie heeft nog geen aanbieders';
  return <KeuzeVeld {...props} opties={opties} leeg={leeg} bezig={loading} />;
}
