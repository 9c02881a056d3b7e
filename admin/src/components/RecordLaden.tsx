import { errorCode, ErrorState, LoadingState } from '@instrumentengidsen/ui';
import type { ReactNode } from 'react';
import { NietGevonden } from '../routes/NietGevonden';

/**
 * The states of a screen about one record: loading, failed, or not there (deleted meanwhile, a wrong link, or
 * not one of the beheerder's own). Renders the children only when the record is there.
 */
export function RecordLaden<T>({ loading, error, record, wat, children }: {
  loading: boolean;
  error: unknown;
  record: T | null | undefined;
  /** "Contactpersoon": the title of the not-found screen. */
  wat: string;
  children: (record: T) => ReactNode;
}) {
  if (record) return <>{children(record)}</>;
  if (loading) return <LoadingState>{wat} laden…</LoadingState>;
  if (error && errorCode(error) !== 'NOT_FOUND') return <ErrorState>{wat} kon niet worden geladen. Probeer het later opnieuw.</ErrorState>;
  return <NietGevonden titel={`${wat} niet gevonden`}>Deze {wat.toLowerCase()} bestaat niet (meer), of hoort niet bij jouw organisaties.</NietGevonden>;
}
