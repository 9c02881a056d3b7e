import { EmptyState, ErrorState, useMutationForm } from '@instrumentengidsen/ui';
import {
  Button, FormFieldTextbox, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { AanbiederContactpersonenFragmentDoc, type ContactSoort } from '../../__generated__/graphql';
import { useAanbiederContactpersoonKeuzeQuery, useSetAanbiederContactpersonenMutation } from '../../__generated__/hooks';
import { Bevestiging } from '../../components/Bevestiging';
import { KeuzeVeld } from '../../components/KeuzeVeld';
import { recordFout } from '../../components/record-fouten';

const SOORTEN = [
  { value: 'EXTERN', label: 'Extern: zichtbaar in de gids' },
  { value: 'INTERN', label: 'Intern: alleen voor ingelogde professionals' },
];
const SOORT_LABEL: Record<string, string> = { EXTERN: 'extern', INTERN: 'intern' };

/**
 * The aanbieder's contactpersonen: add one of the reusable contactpersonen (with intern/extern and a label), or
 * take one off. Each change sends the whole list with the version the beheerder saw (setAanbiederContactpersonen).
 */
export function AanbiederContactpersonenBlok(props: { aanbieder: FragmentType<typeof AanbiederContactpersonenFragmentDoc>; onHerladen: () => Promise<unknown> }) {
  const aanbieder = getFragmentData(AanbiederContactpersonenFragmentDoc, props.aanbieder);
  const keuze = useAanbiederContactpersoonKeuzeQuery({ fetchPolicy: 'cache-and-network' });
  const [set] = useSetAanbiederContactpersonenMutation();
  const form = useMutationForm();
  const [weg, setWeg] = useState<{ id: string; naam: string } | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const huidig = aanbieder.contactpersonen.map((k) => ({ contactpersoonId: k.contactpersoon.id, soort: k.soort, label: k.label ?? null }));
  const gekoppeld = new Set(huidig.map((k) => k.contactpersoonId));
  const opties = (keuze.data?.beheerContactpersonen ?? []).filter((c) => !gekoppeld.has(c.id)).map((c) => ({ value: c.id, label: c.naam }));
  const nieuw = `contactpersonen[${huidig.length}]`;

  const bewaar = async (lijst: typeof huidig) => {
    try {
      await set({ variables: { aanbiederId: aanbieder.id, version: aanbieder.version, contactpersonen: lijst } });
      setFout(null);
    } catch (error) {
      const { code, melding } = recordFout(error);
      setFout(code === 'CONFLICT' ? melding : null);
      throw error;
    }
  };

  return (
    <>
      {fout && (
        <ErrorState>
          {fout}{' '}
          <Button appearance="secondary-action-button" onClick={async () => { await props.onHerladen(); setFout(null); }}>
            Opnieuw laden
          </Button>
        </ErrorState>
      )}
      {aanbieder.contactpersonen.length ? (
        <Table className="record-tabel">
          <TableCaption className="visually-hidden">Contactpersonen van deze aanbieder</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Soort</TableHeaderCell>
              <TableHeaderCell scope="col">Label</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="visually-hidden">Acties</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {aanbieder.contactpersonen.map((k) => (
              <TableRow key={k.contactpersoon.id}>
                <TableHeaderCell scope="row">{k.contactpersoon.naam}</TableHeaderCell>
                <TableCell>{SOORT_LABEL[k.soort] ?? k.soort}</TableCell>
                <TableCell>{k.label ?? ''}</TableCell>
                <TableCell>
                  <Button appearance="subtle-button" hint="danger" onClick={() => setWeg({ id: k.contactpersoon.id, naam: k.contactpersoon.naam })}>
                    Weghalen<span className="visually-hidden"> ({k.contactpersoon.naam})</span>
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <EmptyState>Deze aanbieder heeft nog geen contactpersonen.</EmptyState>
      )}

      {!fout && form.message && <ErrorState>{form.message}</ErrorState>}
      <form
        noValidate
        className="record-inline-form"
        aria-label="Contactpersoon toevoegen"
        onSubmit={(event) => {
          const element = event.currentTarget;
          const data = new FormData(element);
          const erbij = { contactpersoonId: String(data.get('contactpersoonId') ?? ''), soort: String(data.get('soort')) as ContactSoort, label: String(data.get('label') ?? '').trim() || null };
          return form.onSubmit(async () => {
            await bewaar([...huidig, erbij]);
            element.reset();
          })(event);
        }}
      >
        <KeuzeVeld
          label="Contactpersoon"
          name="contactpersoonId"
          opties={opties}
          leeg={opties.length ? 'Kies een contactpersoon' : 'Geen andere contactpersonen: maak er een bij Contactpersonen'}
          errorMessage={form.fieldError(`${nieuw}.contactpersoonId`)}
        />
        <KeuzeVeld label="Soort" name="soort" opties={SOORTEN} errorMessage={form.fieldError(`${nieuw}.soort`)} />
        <FormFieldTextbox
          label="Label (bijvoorbeeld ‘Aanmelden’)"
          name="label"
          autoComplete="off"
          errorMessage={form.fieldError(`${nieuw}.label`)}
          invalid={!!form.fieldError(`${nieuw}.label`)}
        />
        <Button type="submit" appearance="secondary-action-button" disabled={form.submitting}>
          Contactpersoon toevoegen
        </Button>
      </form>

      <Bevestiging
        open={!!weg}
        titel="Contactpersoon weghalen?"
        ja="Ja, weghalen"
        gevaar
        onAntwoord={async (ja) => {
          const id = weg?.id;
          setWeg(null);
          if (!ja || !id) return;
          // A CONFLICT shows itself (with a reload); anything else is said here.
          await bewaar(huidig.filter((k) => k.contactpersoonId !== id)).catch((error) => {
            const { code, melding } = recordFout(error);
            if (code !== 'CONFLICT') setFout(melding);
          });
        }}
      >
        {weg?.naam} is dan geen contactpersoon meer van deze aanbieder. De contactpersoon zelf blijft bestaan.
      </Bevestiging>
    </>
  );
}
