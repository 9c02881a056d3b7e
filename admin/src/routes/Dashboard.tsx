import { useQuery } from '@apollo/client/react';
import { Alert, Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { DashboardDocument } from '../__generated__/graphql';

/** The start page of the beheeromgeving. Logging in and editing come with the beheer features. */
export function Dashboard() {
  const { data, error } = useQuery(DashboardDocument);
  return (
    <>
      <Heading1>Dashboard</Heading1>
      <Paragraph>Hier vullen en onderhouden beheerders de instrumentengidsen. Inloggen en bewerken komen in een volgende versie.</Paragraph>
      <Heading2>Organisaties</Heading2>
      {error && <Alert type="error">De organisaties konden niet worden geladen.</Alert>}
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
