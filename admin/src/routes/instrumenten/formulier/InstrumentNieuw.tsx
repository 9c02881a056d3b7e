import './instrumentformulier.css';
import { ErrorState, LoadingState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Fieldset, FieldsetLegend, FormLabel, Heading1, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { getFragmentData } from '../../../__generated__';
import { InstrumentFormulierFragmentDoc, type Gids } from '../../../__generated__/graphql';
import { useCreateInstrumentFormulierMutation } from '../../../__generated__/hooks';
import { useFormulierKeuzes } from './keuzes';
import { useStap1 } from './stap1-staat';
import { Stap1Formulier } from './Stap1Formulier';
import { Stappen } from './Stappen';
import { inputVan, LEEG, veldenVan } from './velden';

/** `/instrumenten/nieuw`: first the guide, then stap 1; saving creates the instrument and opens stap 2. */
export function InstrumentNieuw() {
  useDocumentTitle('Nieuw instrument – Beheeromgeving');
  const [gids, setGids] = useState<Gids | null>(null);
  return (
    <div className="instrument-scherm">
      <Heading1>Nieuw instrument</Heading1>
      <Stappen huidig={1} />
      <Fieldset className="instrument-gids">
        <FieldsetLegend>
          Voor welke gids? <span aria-hidden="true">*</span>
          <span className="visually-hidden"> (verplicht)</span>
        </FieldsetLegend>
        <Paragraph>De gids bepaalt welke velden en kenmerken het instrument heeft. Je kunt hem later niet meer wijzigen.</Paragraph>
        {(['EVA', 'DENNIS'] as const).map((g) => (
          <div key={g} className="instrument-keuze">
            <RadioButton id={`gids-${g}`} name="gids" value={g} checked={gids === g} onChange={() => setGids(g)} />
            <FormLabel htmlFor={`gids-${g}`} type="radio">
              {g === 'EVA' ? 'Eva, voor werkzoekenden' : 'Dennis, voor werkgevers'}
            </FormLabel>
          </div>
        ))}
      </Fieldset>
      {gids && <NieuwFormulier key={gids} gids={gids} />}
    </div>
  );
}

function NieuwFormulier({ gids }: { gids: Gids }) {
  const keuzes = useFormulierKeuzes(gids);
  if (keuzes.loading) return <LoadingState>Formulier laden…</LoadingState>;
  if (keuzes.error) return <ErrorState>Het formulier kon niet worden geladen. Probeer het later opnieuw.</ErrorState>;
  return <NieuwFormulierVelden gids={gids} keuzes={keuzes} />;
}

function NieuwFormulierVelden({ gids, keuzes }: { gids: Gids; keuzes: ReturnType<typeof useFormulierKeuzes> }) {
  const navigate = useNavigate();
  const [create] = useCreateInstrumentFormulierMutation();
  // With one organisatie there is nothing to choose.
  const staat = useStap1({ ...LEEG, organisatieId: keuzes.organisaties.length === 1 ? keuzes.organisaties[0]!.id : '' });
  const [aangemaakt, setAangemaakt] = useState<string | null>(null);
  useEffect(() => {
    if (aangemaakt) void navigate(`/instrumenten/${aangemaakt}/bewerken?stap=2`, { replace: true, state: { nieuw: true } });
  }, [aangemaakt, navigate]);
  return (
    <Stap1Formulier
      gids={gids}
      staat={staat}
      organisaties={keuzes.organisaties}
      uitvoeringsvormen={keuzes.uitvoeringsvormen}
      knop="Opslaan en verder naar stap 2"
      opgeslagen={!!aangemaakt}
      opslaan={async () => {
        const { waarden } = staat;
        const scalars = inputVan(waarden, veldenVan(gids));
        const { data } = await create({
          variables: {
            input: {
              ...scalars,
              gids,
              naam: waarden.naam,
              // Left empty, the API says per field what to choose (a null would be refused as a whole).
              organisatieId: waarden.organisatieId,
              aanbiederId: waarden.aanbiederId,
              kenmerken: waarden.uitvoeringsvormen,
            },
          },
        });
        const instrument = getFragmentData(InstrumentFormulierFragmentDoc, data?.createInstrument);
        if (instrument) setAangemaakt(instrument.id);
      }}
    />
  );
}
