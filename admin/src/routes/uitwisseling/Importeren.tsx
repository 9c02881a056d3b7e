import { ErrorState, formatNumber, NoticeState, useMutationForm } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, FormField, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import type { ImporteerInstrumentenMutation } from '../../__generated__/graphql';
import { useImporteerInstrumentenMutation } from '../../__generated__/hooks';
import { OrganisatieVeld, useOrganisatieKeuze } from '../../components/OrganisatieKeuze';
import { ImportRapport } from './ImportRapport';

export type Rapport = ImporteerInstrumentenMutation['importInstrumenten'];

/**
 * "Importeren": choose the target organisatie and a file, read the proefimport's report per instrument, then
 * "Toepassen" runs the same file for real. Another file or organisatie asks for a new proefimport first.
 */
export function Importeren() {
  const organisaties = useOrganisatieKeuze();
  const [gekozen, setOrganisatieId] = useState('');
  const organisatieId = gekozen || (organisaties.length === 1 ? organisaties[0]!.id : '');
  const [bestand, setBestand] = useState<{ naam: string; inhoud: string } | null>(null);
  const [proef, setProef] = useState<Rapport | null>(null);
  const [resultaat, setResultaat] = useState<Rapport | null>(null);
  const [importeer] = useImporteerInstrumentenMutation();
  const form = useMutationForm();
  const opnieuw = () => {
    setProef(null);
    setResultaat(null);
  };
  const run = (dryRun: boolean) =>
    form.onSubmit(async () => {
      if (!bestand) return;
      const { data } = await importeer({ variables: { bestand: bestand.inhoud, organisatieId, dryRun } });
      if (!data) return;
      setProef(dryRun ? data.importInstrumenten : null);
      setResultaat(dryRun ? null : data.importInstrumenten);
    });
  const bestandFout = form.fieldError('bestand');
  return (
    <section aria-labelledby="importeren" className="uitwisseling-deel">
      <Heading2 id="importeren">Importeren</Heading2>
      <Paragraph>
        Kies een JSON-bestand (instrumentenformat) en de organisatie waarin de instrumenten komen. Eerst doe je een proefimport: je ziet per instrument wat er
        zou gebeuren, zonder dat er iets verandert. Daarna kies je &quot;Toepassen&quot;.
      </Paragraph>
      {form.message && !form.fieldError('bestand') && <ErrorState>{form.message}</ErrorState>}
      <form noValidate onSubmit={run(true)}>
        <OrganisatieVeld
          id="import-organisatie"
          label="Importeren in organisatie"
          {...form.field('organisatieId')}
          waarde={organisatieId}
          onWaarde={(id) => {
            setOrganisatieId(id);
            opnieuw();
          }}
          leeg="Kies een organisatie"
        />
        <FormField
          label={<FormLabel htmlFor="import-bestand">Bestand (JSON)</FormLabel>}
          invalid={!!bestandFout}
          errorMessage={bestandFout}
          input={
            <input
              id="import-bestand"
              name="bestand"
              type="file"
              accept="application/json,.json"
              className="utrecht-textbox"
              aria-invalid={!!bestandFout || undefined}
              onChange={async (event) => {
                const file = event.currentTarget.files?.[0];
                opnieuw();
                setBestand(file ? { naam: file.name, inhoud: await file.text() } : null);
              }}
            />
          }
        />
        <Button type="submit" appearance={proef ? 'secondary-action-button' : 'primary-action-button'} disabled={!bestand || !organisatieId || form.submitting}>
          Proefimport
        </Button>
      </form>
      {form.submitting && <Paragraph aria-live="polite">Bezig met importeren…</Paragraph>}
      {proef && (
        <>
          <ImportRapport rapport={proef} titel={`Proefimport van ${bestand?.naam ?? 'het bestand'}`} />
          <Paragraph>Klopt dit? Met &quot;Toepassen&quot; voer je de import echt uit. Instrumenten met een fout worden overgeslagen.</Paragraph>
          <ButtonGroup>
            <Button appearance="primary-action-button" disabled={form.submitting} onClick={run(false)}>
              Toepassen
            </Button>
            <Button appearance="secondary-action-button" onClick={opnieuw}>
              Annuleren
            </Button>
          </ButtonGroup>
        </>
      )}
      {resultaat && (
        <>
          <NoticeState>
            De import is uitgevoerd: {formatNumber(resultaat.aangemaakt)} nieuw, {formatNumber(resultaat.gewijzigd)} gewijzigd, {formatNumber(resultaat.ongewijzigd)}{' '}
            ongewijzigd, {formatNumber(resultaat.geweigerd)} met een fout.
          </NoticeState>
          <ImportRapport rapport={resultaat} titel="Resultaat van de import" />
        </>
      )}
    </section>
  );
}
