import { EmptyState, ErrorState, formatDateTime, LoadingState } from '@instrumentengidsen/ui';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import type { InstrumentAuditQuery } from '../../../__generated__/graphql';
import { useInstrumentAuditQuery } from '../../../__generated__/hooks';
import { useBeheerder } from '../../../session';
import { AuditWijziging } from '../../../components/AuditWijziging';

type Wijziging = InstrumentAuditQuery['auditLog']['nodes'][number];

const PER_PAGINA = 10;

/** What changed in one entry: per field the value before and after (a created or deleted instrument only its action). */
function WijzigingDetails({ wijziging, wie }: { wijziging: Wijziging; wie: string }) {
  const { actie, velden, tijdstip } = wijziging;
  const toonVelden = actie !== 'aangemaakt' && actie !== 'verwijderd' && velden.length > 0;
  return (
    <li className="audit-item">
      <Heading3>
        {formatDateTime(tijdstip)}: {actie} door {wie}
      </Heading3>
      {toonVelden ? (
        <AuditWijziging record={wijziging} />
      ) : (
        <Paragraph>{actie === 'aangemaakt' ? 'Het instrument is aangemaakt.' : actie === 'verwijderd' ? 'Het instrument is naar de prullenbak verplaatst.' : 'Geen velden gewijzigd.'}</Paragraph>
      )}
    </li>
  );
}

/** Who made a change: "jou (naam)" for the beheerder's own, else the naam; "een beheerder" when the account is gone. */
function wieVan(wijziging: Wijziging, mijnId: string | undefined): string {
  const naam = wijziging.door?.naam;
  if (wijziging.gebruikerId === mijnId) return naam ? `jou (${naam})` : 'jou';
  return naam ?? 'een beheerder';
}

/** "Wijzigingen": who changed what when, newest first, each changed field before and after. */
export function AuditGeschiedenis({ instrumentId }: { instrumentId: string }) {
  const titel = useId();
  const { beheerder } = useBeheerder();
  const { data, error, loading, fetchMore } = useInstrumentAuditQuery({ variables: { entiteitId: instrumentId, first: PER_PAGINA }, fetchPolicy: 'cache-and-network' });
  const log = data?.auditLog;
  return (
    <section aria-labelledby={titel} className="instrument-blok audit-geschiedenis">
      <Heading2 id={titel}>Wijzigingen</Heading2>
      {loading && !log && <LoadingState>Wijzigingen laden…</LoadingState>}
      {error && !log && <ErrorState>De wijzigingen konden niet worden geladen. Probeer het later opnieuw.</ErrorState>}
      {log && log.nodes.length === 0 && <EmptyState>Er zijn nog geen wijzigingen vastgelegd.</EmptyState>}
      {log && log.nodes.length > 0 && (
        <>
          <ol className="audit-lijst">
            {log.nodes.map((w) => (
              <WijzigingDetails key={w.id} wijziging={w} wie={wieVan(w, beheerder?.id)} />
            ))}
          </ol>
          {log.pageInfo.hasNextPage && (
            <Button
              appearance="secondary-action-button"
              disabled={loading}
              onClick={() =>
                void fetchMore({
                  variables: { after: log.pageInfo.endCursor },
                  updateQuery: (vorige, { fetchMoreResult }) => ({
                    auditLog: { ...fetchMoreResult.auditLog, nodes: [...vorige.auditLog.nodes, ...fetchMoreResult.auditLog.nodes] },
                  }),
                })
              }
            >
              Oudere wijzigingen laden ({log.totalCount - log.nodes.length} meer)
            </Button>
          )}
        </>
      )}
    </section>
  );
}
