import { EmptyState } from '@instrumentengidsen/ui';
import { Link, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { csvUrl, type CsvParams } from './csv';

export interface Kolom<R> {
  kop: string;
  waarde: (rij: R) => ReactNode;
  /** Right-aligned, for counts and ratios. */
  getal?: boolean;
  /** Kept on one line (dates), so a narrow screen scrolls the table rather than stacking words. */
  eenRegel?: boolean;
}

const klasse = <R,>(k: Kolom<R>) => [k.getal && 'data-getal', k.eenRegel && 'data-een-regel'].filter(Boolean).join(' ') || undefined;

export const GEEN_GEGEVENS = 'Geen gegevens in deze periode.';

/**
 * One dashboard table: the accessible form of its chart (when it has one), a caption naming it, and the same
 * rows as a CSV file for Excel. Without rows, a plain sentence instead of an empty table.
 */
export function DataTabel<R>(props: {
  titel: string;
  kolommen: Kolom<R>[];
  rijen: readonly R[];
  sleutel: (rij: R, index: number) => string;
  csv: { tabel: string; params: CsvParams };
  leeg?: string;
}) {
  const { titel, kolommen, rijen, sleutel, csv, leeg = GEEN_GEGEVENS } = props;
  if (rijen.length === 0) return <EmptyState>{leeg}</EmptyState>;
  return (
    <>
      {/* Focusable and named, so a keyboard user can scroll a table wider than the screen. */}
      <div className="data-tabel" role="region" aria-label={titel} tabIndex={0}>
        <Table>
          <TableCaption>{titel}</TableCaption>
          <TableHeader>
            <TableRow>
              {kolommen.map((k) => (
                <TableHeaderCell key={k.kop} scope="col" className={klasse(k)}>
                  {k.kop}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {rijen.map((rij, i) => (
              <TableRow key={sleutel(rij, i)}>
                {kolommen.map((k) => (
                  <TableCell key={k.kop} className={klasse(k)}>
                    {k.waarde(rij)}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <CsvLink titel={titel} {...csv} />
    </>
  );
}

/** "Download … als CSV": the link names its table, so a list of links read aloud still says which is which. */
export function CsvLink({ titel, tabel, params }: { titel: string; tabel: string; params: CsvParams }) {
  return (
    <Paragraph className="data-csv">
      <Link href={csvUrl(tabel, params)} download>
        Download ‘{titel}’ als CSV (Excel)
      </Link>
    </Paragraph>
  );
}
