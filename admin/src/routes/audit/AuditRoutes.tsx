import { EmptyState, ErrorState, formatDateTime, LoadingState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Button, FormFieldTextbox, Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink, Route, Routes, useSearchParams } from 'react-router';
import { useWijzigingenQuery } from '../../__generated__/hooks';
import { AuditWijziging } from '../../components/AuditWijziging';
import { Bladeren, useBladeren } from '../../components/Bladeren';
import { OrganisatieVeld } from '../../components/OrganisatieKeuze';
import { useBeheerder, type Beheerder } from '../../session';
import { NietGevonden } from '../NietGevonden';
import './audit.css';

/** Screens that show a record, by the audit's `entiteit`. */
const PAD: Record<string, string> = { Instrument: '/instrumenten', Aanbieder: '/aanbieders', Contactpersoon: '/contactpersonen', Adres: '/adressen', Wijk: '/wijken', Doelgroep: '/doelgroepen', Synoniemgroep: '/synoniemen' };

/** `/audit/*`. */
export function AuditRoutes() {
  return (
    <Routes>
      <Route index element={<Wijzigingen />} />
      <Route path="*" element={<NietGevonden />} />
    </Routes>
  );
}

/** `door` is null for the platform's own changes (the prullenbak's purge). */
function wie(record: { gebruikerId: string; door?: { naam: string } | null }, beheerder: Beheerder | null): string {
  if (record.gebruikerId === beheerder?.id) return `jou (${beheerder.naam})`;
  return record.door?.naam ?? 'het systeem (automatisch)';
}

/** Who changed what when in the beheerder's organisaties, with before and after; one record via `?entiteitId=`. */
function Wijzigingen() {
  useDocumentTitle('Wijzigingen – Beheeromgeving');
  const { beheerder } = useBeheerder();
  const [params, setParams] = useSearchParams();
  const entiteitId = params.get('entiteitId') ?? '';
  const organisatieId = params.get('organisatieId') ?? '';
  const bladeren = useBladeren();
  const { data, loading, error } = useWijzigingenQuery({
    variables: { entiteitId: entiteitId || null, organisatieId: organisatieId || null, first: 20, after: bladeren.after },
    fetchPolicy: 'cache-and-network',
  });
  const zet = (naam: string, waarde: string) => {
    const volgende = new URLSearchParams(params);
    if (waarde) volgende.set(naam, waarde);
    else volgende.delete(naam);
    bladeren.opnieuw();
    setParams(volgende);
  };
  const lijst = data?.auditLog;
  return (
    <>
      <Heading1>Wijzigingen</Heading1>
      <Paragraph>Wie wat wanneer wijzigde in de gegevens van jouw organisaties, de nieuwste eerst.</Paragraph>
      <form
        className="audit-filter"
        onSubmit={(event) => {
          event.preventDefault();
          zet('entiteitId', String(new FormData(event.currentTarget).get('entiteitId') ?? '').trim());
        }}
      >
        <OrganisatieVeld id="audit-organisatie" label="Organisatie" waarde={organisatieId} onWaarde={(id) => zet('organisatieId', id)} leeg="Al mijn organisaties" />
        <FormFieldTextbox key={entiteitId} label="Alleen dit gegeven (id)" name="entiteitId" defaultValue={entiteitId} />
        <Button type="submit" appearance="secondary-action-button">
          Filteren
        </Button>
        {entiteitId && (
          <Button appearance="subtle-button" onClick={() => zet('entiteitId', '')}>
            Alle gegevens tonen
          </Button>
        )}
      </form>
      {error && <ErrorState>De wijzigingen konden niet worden geladen. Probeer het later opnieuw.</ErrorState>}
      {!lijst && loading && <LoadingState>Wijzigingen laden…</LoadingState>}
      {lijst && lijst.totalCount === 0 && <EmptyState>Er zijn geen wijzigingen gevonden.</EmptyState>}
      {lijst && lijst.nodes.length > 0 && (
        <ol className="audit-lijst">
          {lijst.nodes.map((record) => (
            <li key={record.id} className="audit-lijst__item">
              <Heading2 className="audit-lijst__kop">
                {record.entiteit} {record.actie}
              </Heading2>
              <Paragraph>
                {formatDateTime(record.tijdstip)} door {wie(record, beheerder)}.{' '}
                {PAD[record.entiteit] && record.actie !== 'definitief verwijderd' && (
                  <RouterLink to={`${PAD[record.entiteit]}/${record.entiteitId}`} className="utrecht-link">
                    Bekijk {record.entiteit.toLowerCase()}
                  </RouterLink>
                )}
                {!entiteitId && (
                  <>
                    {' · '}
                    <RouterLink to={`/audit?entiteitId=${record.entiteitId}`} className="utrecht-link">
                      Alle wijzigingen hiervan
                    </RouterLink>
                  </>
                )}
              </Paragraph>
              <AuditWijziging record={record} />
            </li>
          ))}
        </ol>
      )}
      {lijst && <Bladeren stand={bladeren} totaal={lijst.totalCount} pageInfo={lijst.pageInfo} label="wijzigingen" enkelvoud="wijziging" />}
    </>
  );
}
