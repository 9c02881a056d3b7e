import { EmptyState, ErrorState, formatDay, LoadingState, NoticeState, useDocumentTitle, useMutationForm } from '@instrumentengidsen/ui';
import { Button, Heading1, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link as RouterLink, Route, Routes } from 'react-router';
import type { PrullenbakQuery } from '../../__generated__/graphql';
import { usePrullenbakQuery, useTerugzettenAanbiederMutation, useTerugzettenInstrumentMutation } from '../../__generated__/hooks';
import { Bladeren, useBladeren } from '../../components/Bladeren';
import { useBeheerder } from '../../session';
import { NietGevonden } from '../NietGevonden';

type Item = PrullenbakQuery['prullenbak']['nodes'][number];

const PAD = { INSTRUMENT: '/instrumenten', AANBIEDER: '/aanbieders' } as const;
const SOORT = { INSTRUMENT: 'Instrument', AANBIEDER: 'Aanbieder' } as const;

/** `/prullenbak/*`. */
export function PrullenbakRoutes() {
  return (
    <Routes>
      <Route index element={<Prullenbak />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

/** What was deleted, when it goes for good, and a way back for each. */
function Prullenbak() {
  useDocumentTitle('Prullenbak – Beheeromgeving');
  const { beheerder } = useBeheerder();
  const bladeren = useBladeren();
  const { data, loading, error } = usePrullenbakQuery({ variables: { first: 20, after: bladeren.after }, fetchPolicy: 'cache-and-network' });
  const [instrument] = useTerugzettenInstrumentMutation({ refetchQueries: ['Prullenbak'] });
  const [aanbieder] = useTerugzettenAanbiederMutation({ refetchQueries: ['Prullenbak'] });
  const form = useMutationForm();
  const [teruggezet, setTeruggezet] = useState<{ item: Item; naam: string } | null>(null);
  const terugzetten = (item: Item) =>
    form.onSubmit(async () => {
      setTeruggezet(null);
      const naam =
        item.soort === 'INSTRUMENT'
          ? (await instrument({ variables: { id: item.id } })).data?.restoreInstrument.naam
          : (await aanbieder({ variables: { id: item.id } })).data?.restoreAanbieder.naam;
      setTeruggezet({ item, naam: naam ?? item.naam });
    })();
  const lijst = data?.prullenbak;
  return (
    <>
      <Heading1>Prullenbak</Heading1>
      <Paragraph>
        Verwijderde instrumenten en aanbieders blijven hier een tijd staan. Je kunt ze terugzetten, precies zoals ze waren. Na de datum onder
        &quot;Definitief weg vanaf&quot; worden ze voorgoed verwijderd.
      </Paragraph>
      {teruggezet && (
        <NoticeState>
          {SOORT[teruggezet.item.soort]} &quot;{teruggezet.naam}&quot; is teruggezet.{' '}
          <RouterLink to={`${PAD[teruggezet.item.soort]}/${teruggezet.item.id}`} className="utrecht-link">
            Bekijk {teruggezet.item.soort === 'INSTRUMENT' ? 'het instrument' : 'de aanbieder'}
          </RouterLink>
        </NoticeState>
      )}
      {form.message && <ErrorState>{form.message}</ErrorState>}
      {error && <ErrorState>De prullenbak kon niet worden geladen. Probeer het later opnieuw.</ErrorState>}
      {!lijst && loading && <LoadingState>Prullenbak laden…</LoadingState>}
      {lijst && lijst.totalCount === 0 && <EmptyState>De prullenbak is leeg.</EmptyState>}
      {lijst && lijst.nodes.length > 0 && (
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Soort</TableHeaderCell>
              <TableHeaderCell scope="col">Organisatie</TableHeaderCell>
              <TableHeaderCell scope="col">Verwijderd op</TableHeaderCell>
              <TableHeaderCell scope="col">Definitief weg vanaf</TableHeaderCell>
              <TableHeaderCell scope="col">Actie</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {lijst.nodes.map((item) => (
              <TableRow key={item.id}>
                <TableCell>{item.naam}</TableCell>
                <TableCell>{SOORT[item.soort]}</TableCell>
                <TableCell>{item.organisatie.naam}</TableCell>
                <TableCell>
                  {formatDay(item.verwijderdOp)}
                  {item.verwijderdDoor && item.verwijderdDoor === beheerder?.id ? ' (door jou)' : ''}
                </TableCell>
                <TableCell>{formatDay(item.purgeOp)}</TableCell>
                <TableCell>
                  <Button appearance="secondary-action-button" disabled={form.submitting} aria-label={`Terugzetten: ${item.naam}`} onClick={() => terugzetten(item)}>
                    Terugzetten
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {lijst && <Bladeren stand={bladeren} totaal={lijst.totalCount} pageInfo={lijst.pageInfo} label="verwijderde gegevens" enkelvoud="verwijderd gegeven" />}
    </>
  );
}
