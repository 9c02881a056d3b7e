import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../__generated__';
import { AuditWijzigingFragmentDoc } from '../__generated__/graphql';

/** Snapshot keys that say nothing to a beheerder (bookkeeping every change touches). */
const BOEKHOUDING = new Set(['version', 'updatedAt', 'updated_at', 'createdAt', 'created_at']);

/** `publiceerVanaf` / `publiceer_vanaf` as "publiceer vanaf". */
export function veldNaam(veld: string): string {
  return veld
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}

/** Stored rich text shown as its words: the audit is for reading what changed, not for rendering markup. */
function alsTekst(html: string): string {
  if (!/<[a-z][^>]*>/i.test(html)) return html;
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '';
}

/** One snapshot value as a person reads it: leeg, ja/nee, a list, a record by its name or code. */
export function leesbaar(waarde: unknown): string {
  if (waarde === null || waarde === undefined || waarde === '') return '(leeg)';
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  if (typeof waarde === 'string') return alsTekst(waarde);
  if (typeof waarde === 'number') return waarde.toLocaleString('nl-NL');
  if (Array.isArray(waarde)) return waarde.length ? waarde.map(leesbaar).join(', ') : '(leeg)';
  if (typeof waarde === 'object') {
    const record = waarde as Record<string, unknown>;
    for (const naam of ['naam', 'label', 'code', 'url', 'id']) if (typeof record[naam] === 'string') return leesbaar(record[naam]);
    return Object.entries(record)
      .map(([sleutel, v]) => `${veldNaam(sleutel)}: ${leesbaar(v)}`)
      .join('; ');
  }
  return String(waarde);
}

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
            <TableHeaderCell scope="row">{veldNaam(veld)}</TableHeaderCell>
            <TableCell>{voor ? leesbaar(voor[veld]) : '–'}</TableCell>
            <TableCell>{na ? leesbaar(na[veld]) : '–'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
