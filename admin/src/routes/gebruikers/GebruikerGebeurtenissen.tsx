import { EmptyState, ErrorState, formatDateTime, LoadingState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Link as RouterLink, useLocation, useParams } from 'react-router';
import type { AccountGebeurtenisSoort } from '../../__generated__/graphql';
import { useAccountGebeurtenissenQuery } from '../../__generated__/hooks';
import { Bladeren, useBladeren } from '../../components/Bladeren';
import { useBeheerder } from '../../session';

const SOORT: Record<AccountGebeurtenisSoort, string> = {
  LOGIN_GELUKT: 'Ingelogd',
  LOGIN_MISLUKT: 'Inloggen mislukt',
  GEWEIGERD_DOOR_LIMIET: 'Geweigerd: te vaak een verkeerd wachtwoord',
  UITGELOGD: 'Uitgelogd',
  GEBRUIKER_AANGEMAAKT: 'Account gemaakt',
  WACHTWOORD_GEWIJZIGD: 'Wachtwoord gewijzigd',
  WACHTWOORD_ONJUIST: 'Verkeerd huidig wachtwoord',
  PROFIEL_GEWIJZIGD: 'Naam gewijzigd',
  GEDEACTIVEERD: 'Gedeactiveerd',
  GEACTIVEERD: 'Geactiveerd',
  API_SLEUTEL_AANGEMAAKT: 'API-sleutel gemaakt',
  API_SLEUTEL_INGETROKKEN: 'API-sleutel ingetrokken',
};

/** `/gebruikers/:id`: what happened with one account (logins, password, deactivation ...), newest first. */
export function GebruikerGebeurtenissen() {
  const { id = '' } = useParams();
  // The list passes the naam along; opened directly the page still works, only less personal.
  const naam = (useLocation().state as { naam?: string } | null)?.naam;
  const titel = naam ? `Gebeurtenissen van ${naam}` : 'Gebeurtenissen van een gebruiker';
  useDocumentTitle(`${titel} – Beheeromgeving`);
  const { beheerder } = useBeheerder();
  const bladeren = useBladeren();
  const { data, loading, error } = useAccountGebeurtenissenQuery({ variables: { gebruikerId: id, first: 20, after: bladeren.after }, fetchPolicy: 'cache-and-network' });
  const lijst = data?.accountGebeurtenissen;
  return (
    <>
      <Heading1>{titel}</Heading1>
      <Paragraph>
        <RouterLink to="/gebruikers" className="utrecht-link">
          Terug naar gebruikers
        </RouterLink>
      </Paragraph>
      {error && <ErrorState>De gebeurtenissen konden niet worden geladen. Probeer het later opnieuw.</ErrorState>}
      {!lijst && loading && <LoadingState>Gebeurtenissen laden…</LoadingState>}
      {lijst && lijst.totalCount === 0 && <EmptyState>Er is nog niets gebeurd met dit account.</EmptyState>}
      {lijst && lijst.nodes.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
              <TableHeaderCell scope="col">Wat</TableHeaderCell>
              <TableHeaderCell scope="col">E-mailadres</TableHeaderCell>
              <TableHeaderCell scope="col">Door</TableHeaderCell>
              <TableHeaderCell scope="col">Adres</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.nodes.map((g) => (
              <TableRow key={g.id}>
                <TableCell>{formatDateTime(g.tijdstip)}</TableCell>
                <TableCell>{SOORT[g.soort]}</TableCell>
                <TableCell>{g.email ?? '–'}</TableCell>
                <TableCell>{!g.doorGebruikerId ? '–' : g.doorGebruikerId === beheerder?.id ? 'jij' : g.doorGebruikerId === id ? 'de gebruiker zelf' : 'een andere beheerder'}</TableCell>
                <TableCell>{g.clientAdres ?? '–'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {lijst && <Bladeren stand={bladeren} totaal={lijst.totalCount} pageInfo={lijst.pageInfo} label="gebeurtenissen" enkelvoud="gebeurtenis" />}
    </>
  );
}
