import { useQuery } from '@apollo/client/react';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { InstrumentCard } from '../components/InstrumentCard';
import { InstrumentListDocument } from '../__generated__/graphql';

const PAGE_SIZE = 20;

/** All published instruments of both guides, alphabetically, twenty at a time. */
export function InstrumentList() {
  const { data, error, loading, fetchMore } = useQuery(InstrumentListDocument, { variables: { first: PAGE_SIZE } });
  const connection = data?.instruments;

  if (error) return <Alert type="error">De instrumenten konden niet worden geladen. Probeer het later opnieuw.</Alert>;
  return (
    <>
      <Heading1>Instrumenten</Heading1>
      <Paragraph aria-live="polite">
        {connection ? `${connection.totalCount.toLocaleString('nl-NL')} instrumenten gevonden.` : 'Instrumenten laden…'}
      </Paragraph>
      <ol className="instrument-list" aria-label="Instrumenten">
        {connection?.nodes.map((instrument) => (
          <li key={instrument.id}>
            <InstrumentCard instrument={instrument} />
          </li>
        ))}
      </ol>
      {connection?.pageInfo.hasNextPage && (
        <Button
          appearance="secondary-action-button"
          disabled={loading}
          onClick={() => fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        >
          Meer instrumenten tonen
        </Button>
      )}
    </>
  );
}
