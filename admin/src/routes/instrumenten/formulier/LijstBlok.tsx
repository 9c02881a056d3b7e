import { Button, FormFieldTextbox } from '@utrecht/component-library-react';
import { useState, type ReactNode } from 'react';
import type { InstrumentFormulierFragment, UpdateInstrumentInput } from '../../../__generated__/graphql';
import { Blok } from './Blok';
import { BlokMelding } from './BlokMelding';
import { GekoppeldeLijst } from './GekoppeldeLijst';
import { useKoppelActie } from './koppel-actie';

type LijstVeld = 'registratiecodes' | 'links' | 'videos';
type Item<K extends LijstVeld> = NonNullable<UpdateInstrumentInput[K]>[number];

/**
 * A koppeling that is a list of small records typed in place (registratiecodes, links, video's): the list with
 * crosses, then a few text fields and a button that adds one. The whole list is saved at once.
 */
export function LijstBlok<K extends LijstVeld>({ instrument, veld, huidige, titel, uitleg, velden, knop, leeg, naamVan, nieuw, voorbeeld, herlaad }: {
  instrument: InstrumentFormulierFragment;
  veld: K;
  huidige: Item<K>[];
  titel: string;
  uitleg?: string;
  velden: { naam: string; label: string; uitleg?: string }[];
  knop: string;
  leeg: string;
  naamVan: (item: Item<K>) => string;
  nieuw: (waarden: Record<string, string>) => Item<K>;
  /** Shown under the fields while typing (a video's preview). */
  voorbeeld?: (waarden: Record<string, string>) => ReactNode;
  herlaad: () => Promise<unknown>;
}) {
  const actie = useKoppelActie(instrument);
  const [waarden, setWaarden] = useState<Record<string, string>>({});
  const opslaan = (lijst: Item<K>[], gelukt?: () => void) => actie.wijzig({ [veld]: lijst } as UpdateInstrumentInput, gelukt);
  return (
    <Blok titel={titel} uitleg={uitleg}>
      <GekoppeldeLijst
        items={huidige.map((item, index) => ({ item, index }))}
        sleutel={({ index }) => String(index)}
        naam={({ item }) => naamVan(item)}
        leeg={leeg}
        bezig={actie.form.submitting}
        ontkoppel={({ index }) => void opslaan(huidige.filter((_, i) => i !== index))}
      />
      <div className="koppel-formulier">
        {velden.map((v) => (
          <FormFieldTextbox key={v.naam} label={v.label} description={v.uitleg} value={waarden[v.naam] ?? ''}
            errorMessage={actie.fout(v.naam)} invalid={!!actie.fout(v.naam)}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
              const waarde = e.currentTarget.value;
              setWaarden((w) => ({ ...w, [v.naam]: waarde }));
            }}
          />
        ))}
        {voorbeeld?.(waarden)}
        <Button appearance="secondary-action-button" disabled={actie.form.submitting}
          onClick={() => void opslaan([...huidige, nieuw(waarden)], () => setWaarden({}))}
        >
          {knop}
        </Button>
      </div>
      <BlokMelding form={actie.form} herlaad={herlaad} />
    </Blok>
  );
}
