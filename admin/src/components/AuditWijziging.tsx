import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../__generated__';
import { AuditWijzigingFragmentDoc } from '../__generated__/graphql';
import { leesbaar, veldLabel } from './audit-waarden';

/** A value in a cell: one line as text, several (a list of koppelingen) as a list. */
function Waarde({ waarde }: { waarde: unknown }) {
  const regels = leesbaar(waarde);
  return regels.length === 1 ? <>{regels[0]}</> : <ul className="audit-waarde">{regels.map((r, n) => <li key={n}>{r}</li>)}</ul>;
}

/** Snapshot keys that say nothing to a beheerder (bookkeeping every change touches). */
const BOEKHOUDING = new Set(['version', 'updatedAt', 'updated_at', 'createdAt', 'created_at']);

/** The fields to show: those the change names, else every field whose value differs. */
function gewijzigdeVelden(velden: readonly string[], voor: Record<string, unknown> | null, na: Record<string, unknown> | null): string[] {
  const genoemd = velden.filter((veld) => !BOEKHOUDING.has(veld));
  if (genoemd.length) return genoemd;
  const alle = new Set([...Object.keys(voor ?? {}), ...Object.keys(na ?? {})]);
  return [...alle].filter((veld) => !BOEKHOUDING.has(veld) && JSON.stringify(voor?.[veld]) !== JSON.stringify(na?.[veld]));
}

/**
 * What one audit record changed, field by field, before and after, in words (not the stored JSON). Reused by
 * the Wijzigingen screen and the instrument view.
 */
export function AuditWijziging(props: { record: FragmentType<typeof AuditWijzigingFragmentDoc> }) {
  const { velden, voor, na } = getFragmentData(AuditWijzigingFragmentDoc, props.record);
  const rijen = gewijzigdeVelden(velden, voor ?? null, na ?? null);
  if (rijen.length === 0) return <span>Geen velden gewijzigd.</span>;
  return (
    <Table className="audit-wijziging">
      <TableCaption>Gewijzigde velden</TableCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">Veld</TableHeaderCell>
          <TableHeaderCell scope="col">Voor</TableHeaderCell>
          <TableHeaderCell scope="col">Na</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rijen.map((veld) => (
          <TableRow key={veld}>
            <TableHeaderCell scope="row">{veldLabel(veld)}</TableHeaderCell>
            <TableCell>{voor ? <Waarde waarde={voor[veld]} /> : '–'}</TableCell>
            <TableCell>{na ? <Waarde waarde={na[veld]} /> : '–'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
