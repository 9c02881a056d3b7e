import { EmptyState, ErrorState, LoadingState } from '@instrumentengidsen/ui';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import './records.css';

export interface Kolom<T> {
  kop: string;
  waarde: (rij: T) => ReactNode;
}

/**
 * The list of a kind of record: the first column links to the record, the others are plain values. With the
 * loading, error and empty states every list needs.
 */
export function RecordTabel<T>({ bijschrift, bijschriftVerbergen = false, rijen, kolommen, sleutel, link, loading, error, leeg }: {
  bijschrift: string;
  /** Only for screen readers, when a heading right above already says it. */
  bijschriftVerbergen?: boolean;
  rijen: T[] | undefined;
  kolommen: [Kolom<T>, ...Kolom<T>[]];
  sleutel: (rij: T) => string;
  link: (rij: T) => string;
  loading: boolean;
  error: unknown;
  /** What the empty list says, and what to do. */
  leeg: ReactNode;
}) {
  if (!rijen && loading) return <LoadingState>{bijschrift} laden…</LoadingState>;
  if (!rijen) return error ? <ErrorState>{bijschrift} konden niet worden geladen. Probeer het later opnieuw.</ErrorState> : null;
  if (!rijen.length) return <EmptyState>{leeg}</EmptyState>;
  const [eerste, ...overige] = kolommen;
  return (
    <Table className="record-tabel">
      <TableCaption className={bijschriftVerbergen ? 'visually-hidden' : undefined}>
        {bijschrift} ({rijen.length})
      </TableCaption>
      <TableHeader>
        <TableRow>
          {kolommen.map((kolom) => (
            <TableHeaderCell key={kolom.kop} scope="col">
              {kolom.kop}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rijen.map((rij) => (
          <TableRow key={sleutel(rij)}>
            <TableHeaderCell scope="row">
              <RouterLink to={link(rij)} className="utrecht-link">
                {eerste.waarde(rij)}
              </RouterLink>
            </TableHeaderCell>
            {overige.map((kolom) => (
              <TableCell key={kolom.kop}>{kolom.waarde(rij)}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
