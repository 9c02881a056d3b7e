import type { Waarden } from './RecordFormulier';

interface LijstQuery<Q> {
  data?: Q | undefined;
  refetch: () => Promise<{ data?: Q | undefined }>;
}

/**
 * One record out of a beheer list query (the API lists a beheerder's records; there is no query per record),
 * and the reload a stale edit needs: fetch the list again and return the record's newest form values.
 */
export function useRecordUitLijst<Q, R>(query: LijstQuery<Q>, rijen: (data: Q) => readonly R[], isHet: (rij: R) => boolean, waarden: (rij: R) => Waarden) {
  const record = query.data ? rijen(query.data).find(isHet) : undefined;
  const herladen = async (): Promise<Waarden | null> => {
    const { data } = await query.refetch();
    const nieuw = data ? rijen(data).find(isHet) : undefined;
    return nieuw ? waarden(nieuw) : null;
  };
  return { record, herladen };
}
