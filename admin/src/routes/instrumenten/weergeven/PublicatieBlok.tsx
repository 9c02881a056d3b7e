import { formatDate, formatDateTime } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, DataList, Fieldset, FieldsetLegend, FormFieldTextbox, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState } from 'react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { InstrumentStatusBlokFragmentDoc } from '../../../__generated__/graphql';
import { useDepubliceerInstrumentMutation, usePubliceerInstrumentMutation } from '../../../__generated__/hooks';
import { Veld } from '../blokken/Blok';
import { StatusLabel } from '../StatusLabel';
import { actieFoutVan, type ActieFout } from './actie-fout';
import { ActieFoutMelding } from './ActieFoutMelding';
import { vergeetLijsten } from './vergeet-lijsten';

function venster(vanaf: string | null | undefined, totEnMet: string | null | undefined): string {
  if (vanaf && totEnMet) return `van ${formatDate(vanaf)} tot en met ${formatDate(totEnMet)}`;
  if (vanaf) return `vanaf ${formatDate(vanaf)}, zonder einddatum`;
  if (totEnMet) return `tot en met ${formatDate(totEnMet)}`;
  return 'zonder begin- of einddatum';
}

/** The status and publication window, and publishing with a window (vanaf / tot en met) or depublishing. */
export function PublicatieBlok(props: { instrument: FragmentType<typeof InstrumentStatusBlokFragmentDoc>; onHerladen: () => void }) {
  const i = getFragmentData(InstrumentStatusBlokFragmentDoc, props.instrument);
  const titel = useId();
  const [publiceer, publiceren] = usePubliceerInstrumentMutation();
  const [depubliceer, depubliceren] = useDepubliceerInstrumentMutation();
  const [fout, setFout] = useState<ActieFout | null>(null);
  const [gelukt, setGelukt] = useState<string | null>(null);
  const bezig = publiceren.loading || depubliceren.loading;
  const run = async (actie: () => Promise<unknown>, melding: string) => {
    setFout(null);
    setGelukt(null);
    try {
      await actie();
      setGelukt(melding);
    } catch (error) {
      setFout(actieFoutVan(error));
    }
  };
  return (
    <section aria-labelledby={titel} className="instrument-blok publicatie-blok">
      <Heading2 id={titel}>Status en publicatie</Heading2>
      <DataList>
        <Veld label="Status">
          <StatusLabel status={i.status} />
        </Veld>
        <Veld label="Publicatieperiode">{i.publiceren ? venster(i.publiceerVanaf, i.publiceerTotEnMet) : 'niet gepubliceerd'}</Veld>
        <Veld label="Aangemaakt">{formatDateTime(i.createdAt)}</Veld>
        <Veld label="Laatst gewijzigd">{formatDateTime(i.updatedAt)}</Veld>
      </DataList>
      <ActieFoutMelding fout={fout} onHerladen={() => { setFout(null); props.onHerladen(); }} />
      {gelukt && <Paragraph role="status">{gelukt}</Paragraph>}
      <form
        key={`${i.version}`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const datum = (naam: string) => String(data.get(naam) ?? '') || null;
          const variables = { id: i.id, version: i.version, vanaf: datum('vanaf'), totEnMet: datum('totEnMet') };
          void run(() => publiceer({ variables, update: (cache) => vergeetLijsten(cache) }), 'Het instrument is gepubliceerd.');
        }}
      >
        <Fieldset>
          <FieldsetLegend>{i.publiceren ? 'Publicatieperiode wijzigen' : 'Publiceren'}</FieldsetLegend>
          <Paragraph>Laat een datum leeg als de publicatie meteen begint of niet eindigt.</Paragraph>
          <div className="publicatie-blok__data">
            <FormFieldTextbox label="Publiceren vanaf" name="vanaf" type="date" defaultValue={i.publiceerVanaf ?? ''} />
            <FormFieldTextbox label="Publiceren tot en met" name="totEnMet" type="date" defaultValue={i.publiceerTotEnMet ?? ''} />
          </div>
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" disabled={bezig}>
              {i.publiceren ? 'Periode opslaan' : 'Publiceren'}
            </Button>
            {i.publiceren && (
              <Button
                appearance="secondary-action-button"
                disabled={bezig}
                onClick={() => void run(() => depubliceer({ variables: { id: i.id, version: i.version }, update: (cache) => vergeetLijsten(cache) }), 'Het instrument is gedepubliceerd: het staat niet meer in de gids.')}
              >
                Depubliceren
              </Button>
            )}
          </ButtonGroup>
        </Fieldset>
      </form>
    </section>
  );
}
