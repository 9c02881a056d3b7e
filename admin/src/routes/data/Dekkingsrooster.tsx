import { formatNumber } from '@instrumentengidsen/ui';
import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { DataGatenQuery } from '../../__generated__/graphql';
import { CsvLink } from './DataTabel';
import type { Keuzes } from './keuzes';
import type { Namen } from './namen';

/**
 * Tegel × regio: per cell the number of instruments available there, and the gaps (no published instrument of
 * any organisatie) marked with a symbol and a word, never by colour alone.
 */
export function Dekkingsrooster(props: {
  keuzes: Keuzes;
  namen: Namen;
  landelijk: boolean;
  gaten: DataGatenQuery['dekkingsgaten'];
  aantallen: DataGatenQuery['tegelsPerRegio'];
}) {
  const { keuzes, namen, landelijk, gaten, aantallen } = props;
  const regios = keuzes.regio ? namen.regios.filter((r) => r.code === keuzes.regio) : namen.regios;
  const gat = new Set(gaten.map((g) => `${g.kenmerk.code}/${g.regio.code}`));
  const aantal = new Map(aantallen.map((a) => [`${a.sleutels[0]}/${a.sleutels[1]}`, a.aantal]));
  const tegelGaten = namen.tegels.reduce((som, t) => som + regios.filter((r) => gat.has(`${t.code}/${r.code}`)).length, 0);
  return (
    <>
      <Paragraph>
        Per regio het aantal instrumenten {landelijk ? '' : 'van jouw organisaties '}voor elke tegel, ook concepten en verlopen
        instrumenten. Een cel met <span className="data-gat__teken" aria-hidden="true">✕</span> <strong>gat</strong> heeft vandaag geen
        gepubliceerd instrument, van welke organisatie ook: daar vindt niemand iets.{' '}
        {tegelGaten === 0 ? 'Er zijn geen gaten.' : `${formatNumber(tegelGaten)} ${tegelGaten === 1 ? 'gat' : 'gaten'}.`}
      </Paragraph>
      <div className="data-rooster" role="region" aria-label="Dekking: tegels per regio (schuift opzij)" tabIndex={0}>
        <Table>
          <TableCaption>Dekking: tegels per regio</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Regio</TableHeaderCell>
              {namen.tegels.map((t) => (
                <TableHeaderCell key={t.code} scope="col">
                  {t.naam}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {regios.map((r) => (
              <TableRow key={r.code}>
                <TableHeaderCell scope="row">{r.naam}</TableHeaderCell>
                {namen.tegels.map((t) => {
                  const sleutel = `${t.code}/${r.code}`;
                  const n = formatNumber(aantal.get(sleutel) ?? 0);
                  return gat.has(sleutel) ? (
                    <TableCell key={t.code} className="data-getal data-gat" data-gat="">
                      {n} <span aria-hidden="true">✕</span> gat
                    </TableCell>
                  ) : (
                    <TableCell key={t.code} className="data-getal">
                      {n}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <CsvLink titel="Dekkingsgaten" tabel="dekkingsgaten" params={{ gids: keuzes.gids, regio: keuzes.regio }} />
      <CsvLink titel="Instrumenten per tegel en regio" tabel="instrumentAantallen" params={{ gids: keuzes.gids, per: ['TEGEL', 'REGIO'] }} />
    </>
  );
}
