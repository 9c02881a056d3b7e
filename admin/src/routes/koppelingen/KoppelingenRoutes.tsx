import { EmptyState, ErrorState, formatDateTime, formatDay, LoadingState, NoticeState, useDocumentTitle, useMutationForm } from '@instrumentengidsen/ui';
import { Button, Heading1, Heading2, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Route, Routes } from 'react-router';
import type { ApiSleutelsQuery } from '../../__generated__/graphql';
import { useApiSleutelsQuery, useTrekApiSleutelInMutation } from '../../__generated__/hooks';
import { Bevestiging } from '../../components/Bevestiging';
import { NietGevonden } from '../NietGevonden';
import { NieuweSleutel } from './NieuweSleutel';
import { scopeLabel } from './scopes';
import { SleutelEenmalig } from './SleutelEenmalig';
import './koppelingen.css';

type Sleutel = ApiSleutelsQuery['apiKeys'][number];

/** `/koppelingen/*`. */
export function KoppelingenRoutes() {
  return (
    <Routes>
      <Route index element={<Koppelingen />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

function status(sleutel: Sleutel): string {
  if (sleutel.revokedAt) return `Ingetrokken op ${formatDay(sleutel.revokedAt)}`;
  if (sleutel.verlooptOp && new Date(sleutel.verlooptOp) < new Date()) return 'Verlopen';
  return 'Actief';
}

/** API keys for other systems: make one (shown once), see when each was last used, revoke. */
function Koppelingen() {
  useDocumentTitle('Koppelingen voor systemen – Beheeromgeving');
  const { data, loading, error } = useApiSleutelsQuery({ fetchPolicy: 'cache-and-network' });
  const [nieuw, setNieuw] = useState<{ key: string; naam: string } | null>(null);
  const [intrekken, setIntrekken] = useState<Sleutel | null>(null);
  const [ingetrokken, setIngetrokken] = useState<string | null>(null);
  const [trekIn] = useTrekApiSleutelInMutation();
  const form = useMutationForm();
  return (
    <>
      <Heading1>Koppelingen voor systemen</Heading1>
      <Paragraph>
        Met een API-sleutel kan een ander systeem, zoals het zaaksysteem van een gemeente, gegevens van jouw organisatie lezen. Een sleutel kan niets wijzigen.
      </Paragraph>
      {nieuw && <SleutelEenmalig sleutel={nieuw} onKlaar={() => setNieuw(null)} />}
      {ingetrokken && <NoticeState>{ingetrokken}</NoticeState>}
      {form.message && <ErrorState>{form.message}</ErrorState>}
      <Heading2>Sleutels</Heading2>
      {error && <ErrorState>De sleutels konden niet worden geladen. Probeer het later opnieuw.</ErrorState>}
      {!data && loading && <LoadingState>Sleutels laden…</LoadingState>}
      {data && data.apiKeys.length === 0 && <EmptyState>Er zijn nog geen sleutels. Maak hieronder de eerste.</EmptyState>}
      {data && data.apiKeys.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Sleutel begint met</TableHeaderCell>
              <TableHeaderCell scope="col">Mag lezen</TableHeaderCell>
              <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
              <TableHeaderCell scope="col">Gemaakt</TableHeaderCell>
              <TableHeaderCell scope="col">Laatst gebruikt</TableHeaderCell>
              <TableHeaderCell scope="col">Verloopt</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {data.apiKeys.map((sleutel) => (
              <TableRow key={sleutel.id}>
                <TableCell>{sleutel.naam}</TableCell>
                <TableCell>
                  <code>{sleutel.prefix}…</code>
                </TableCell>
                <TableCell>{sleutel.scopes.map(scopeLabel).join(', ')}</TableCell>
                <TableCell>{sleutel.organisatie.naam}</TableCell>
                <TableCell>{formatDay(sleutel.createdAt)}</TableCell>
                <TableCell>{sleutel.lastUsedAt ? formatDateTime(sleutel.lastUsedAt) : 'Nog nooit'}</TableCell>
                <TableCell>{sleutel.verlooptOp ? formatDay(sleutel.verlooptOp) : 'Geen einddatum'}</TableCell>
                <TableCell>
                  {status(sleutel)}
                  {!sleutel.revokedAt && (
                    <>
                      <br />
                      <Button appearance="secondary-action-button" hint="danger" aria-label={`Intrekken: ${sleutel.naam}`} onClick={() => setIntrekken(sleutel)}>
                        Intrekken
                      </Button>
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <NieuweSleutel
        onSleutel={(sleutel) => {
          setIngetrokken(null);
          setNieuw(sleutel);
        }}
      />
      <Bevestiging
        open={intrekken !== null}
        titel="Sleutel intrekken?"
        ja="Intrekken"
        gevaar
        onAntwoord={async (ja) => {
          const sleutel = intrekken;
          setIntrekken(null);
          if (!ja || !sleutel) return;
          await form.onSubmit(async () => {
            await trekIn({ variables: { id: sleutel.id } });
            setIngetrokken(`De sleutel "${sleutel.naam}" is ingetrokken. Systemen die hem gebruiken, krijgen vanaf nu geen toegang meer.`);
          })();
        }}
      >
        De sleutel &quot;{intrekken?.naam}&quot; werkt daarna direct niet meer. Dit kun je niet ongedaan maken.
      </Bevestiging>
    </>
  );
}
