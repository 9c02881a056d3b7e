import { EmptyState, ErrorState, LoadingState, NoticeState, useDocumentTitle, useMutationForm } from '@instrumentengidsen/ui';
import { Button, FormFieldTextbox, Heading1, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { GebruikersQuery } from '../../__generated__/graphql';
import { useActiveerGebruikerMutation, useDeactiveerGebruikerMutation, useGebruikersQuery } from '../../__generated__/hooks';
import { Bevestiging } from '../../components/Bevestiging';
import { Bladeren, useBladeren } from '../../components/Bladeren';
import { useBeheerder } from '../../session';
import { rolLabel } from './rollen';

type Gebruiker = GebruikersQuery['gebruikers']['nodes'][number];

/** `/gebruikers`: every account, searchable by naam or e-mail; (de)activate after a question. */
export function GebruikersLijst() {
  useDocumentTitle('Gebruikers – Beheeromgeving');
  const { beheerder } = useBeheerder();
  const [params, setParams] = useSearchParams();
  const zoek = params.get('zoek') ?? '';
  const gemaakt = params.get('gemaakt');
  const bladeren = useBladeren();
  const { data, loading, error } = useGebruikersQuery({ variables: { zoek: zoek || null, first: 20, after: bladeren.after }, fetchPolicy: 'cache-and-network' });
  const [deactiveer] = useDeactiveerGebruikerMutation();
  const [activeer] = useActiveerGebruikerMutation();
  const form = useMutationForm();
  const [vraag, setVraag] = useState<Gebruiker | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const lijst = data?.gebruikers;
  return (
    <>
      <Heading1>Gebruikers</Heading1>
      <Paragraph>
        <RouterLink to="/gebruikers/nieuw" className="utrecht-link">
          Nieuwe gebruiker maken
        </RouterLink>
      </Paragraph>
      {gemaakt && !melding && <NoticeState>De gebruiker &quot;{gemaakt}&quot; is gemaakt.</NoticeState>}
      {melding && <NoticeState>{melding}</NoticeState>}
      {form.message && <ErrorState>{form.message}</ErrorState>}
      <form
        role="search"
        className="gebruikers-zoek"
        onSubmit={(event) => {
          event.preventDefault();
          const tekst = String(new FormData(event.currentTarget).get('zoek') ?? '').trim();
          bladeren.opnieuw();
          setParams(tekst ? { zoek: tekst } : {});
        }}
      >
        <FormFieldTextbox label="Zoek op naam of e-mailadres" name="zoek" type="search" defaultValue={zoek} />
        <Button type="submit" appearance="secondary-action-button">
          Zoeken
        </Button>
      </form>
      {error && <ErrorState>De gebruikers konden niet worden geladen. Probeer het later opnieuw.</ErrorState>}
      {!lijst && loading && <LoadingState>Gebruikers laden…</LoadingState>}
      {lijst && lijst.totalCount === 0 && <EmptyState>{zoek ? `Geen gebruikers gevonden voor "${zoek}".` : 'Er zijn nog geen gebruikers.'}</EmptyState>}
      {lijst && lijst.nodes.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">E-mailadres</TableHeaderCell>
              <TableHeaderCell scope="col">Rol</TableHeaderCell>
              <TableHeaderCell scope="col">Organisaties</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.nodes.map((gebruiker) => (
              <TableRow key={gebruiker.id}>
                <TableCell>
                  <RouterLink to={`/gebruikers/${gebruiker.id}`} state={{ naam: gebruiker.naam }} className="utrecht-link">
                    {gebruiker.naam}
                  </RouterLink>
                </TableCell>
                <TableCell>{gebruiker.email}</TableCell>
                <TableCell>{rolLabel(gebruiker.rol)}</TableCell>
                <TableCell>{gebruiker.organisaties.map((o) => o.naam).join(', ') || '–'}</TableCell>
                <TableCell>
                  {gebruiker.actief ? 'Actief' : 'Gedeactiveerd'}
                  {gebruiker.id !== beheerder?.id && (
                    <>
                      <br />
                      <Button
                        appearance="secondary-action-button"
                        hint={gebruiker.actief ? 'danger' : undefined}
                        aria-label={`${gebruiker.actief ? 'Deactiveren' : 'Activeren'}: ${gebruiker.naam}`}
                        onClick={() => setVraag(gebruiker)}
                      >
                        {gebruiker.actief ? 'Deactiveren' : 'Activeren'}
                      </Button>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {lijst && <Bladeren stand={bladeren} totaal={lijst.totalCount} pageInfo={lijst.pageInfo} label="gebruikers" enkelvoud="gebruiker" />}
      <Bevestiging
        open={vraag !== null}
        titel={vraag?.actief ? 'Gebruiker deactiveren?' : 'Gebruiker activeren?'}
        ja={vraag?.actief ? 'Deactiveren' : 'Activeren'}
        gevaar={!!vraag?.actief}
        onAntwoord={async (ja) => {
          const gebruiker = vraag;
          setVraag(null);
          if (!ja || !gebruiker) return;
          await form.onSubmit(async () => {
            if (gebruiker.actief) await deactiveer({ variables: { id: gebruiker.id } });
            else await activeer({ variables: { id: gebruiker.id } });
            setMelding(`${gebruiker.naam} is ${gebruiker.actief ? 'gedeactiveerd: inloggen kan niet meer' : 'weer geactiveerd: inloggen kan weer'}.`);
          })();
        }}
      >
        {vraag?.actief
          ? `${vraag.naam} kan dan niet meer inloggen en wordt direct overal uitgelogd. Wat deze gebruiker maakte, blijft bestaan.`
          : `${vraag?.naam ?? ''} kan dan weer inloggen.`}
      </Bevestiging>
    </>
  );
}
