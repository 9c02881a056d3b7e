import { ErrorState, LoadingState } from '@instrumentengidsen/ui';
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useDashboardQuery } from '../__generated__/hooks';

/** The start page of the beheeromgeving. Logging in and editing come with the beheer features. */
export function Dashboard() {
  const { data, error, loading } = useDashboardQuery();
  return (
    <>
      <Heading1>Dashboard</Heading1>
      <Paragraph>Hier vullen en onderhouden beheerders de instrumentengidsen. Inloggen en bewerken komen in een volgende versie.</Paragraph>
      <Heading2>Organisaties</Heading2>
      {error && <ErrorState>De organisaties konden niet worden geladen.</ErrorState>}
      {loading && <LoadingState>Organisaties laden…</LoadingState>}
      {data && (
        <UnorderedList aria-label="Organisaties">
          {data.organisaties.map((organisatie) => (
            <UnorderedListItem key={organisatie.id}>{organisatie.naam}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
    </>
  );
}
