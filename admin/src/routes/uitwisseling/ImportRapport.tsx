import { formatNumber } from '@instrumentengidsen/ui';
import { Heading3, Paragraph, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';
import type { Rapport } from './Importeren';

const ACTIE = { AANMAKEN: 'Nieuw', WIJZIGEN: 'Gewijzigd', ONGEWIJZIGD: 'Ongewijzigd', GEWEIGERD: 'Fout' } as const;

/** What an import did (or a proefimport would do) per instrument, the refused ones with their reasons. */
export function ImportRapport({ rapport, titel }: { rapport: Rapport; titel: string }) {
  return (
    <>
      <Heading3>{titel}</Heading3>
      <Paragraph>
        {formatNumber(rapport.instrumenten.length)} instrumenten: {formatNumber(rapport.aangemaakt)} nieuw, {formatNumber(rapport.gewijzigd)} gewijzigd,{' '}
        {formatNumber(rapport.ongewijzigd)} ongewijzigd, {formatNumber(rapport.geweigerd)} met een fout.
      </Paragraph>
      <Table className="import-rapport">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Nr.</TableHeaderCell>
            <TableHeaderCell scope="col">Instrument</TableHeaderCell>
            <TableHeaderCell scope="col">Wat gebeurt er</TableHeaderCell>
            <TableHeaderCell scope="col">Fouten</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rapport.instrumenten.map((regel) => (
            <TableRow key={regel.index} className={`import-rapport__${regel.actie.toLowerCase()}`}>
              <TableCell>{regel.index + 1}</TableCell>
              <TableCell>
                {regel.instrumentId && !rapport.dryRun ? (
                  <RouterLink to={`/instrumenten/${regel.instrumentId}`} className="utrecht-link">
                    {regel.naam ?? 'Zonder naam'}
                  </RouterLink>
                ) : (
                  (regel.naam ?? 'Zonder naam')
                )}
              </TableCell>
              <TableCell>{ACTIE[regel.actie]}</TableCell>
              <TableCell>
                {regel.problemen.length > 0 && (
                  <UnorderedList>
                    {regel.problemen.map((probleem, i) => (
                      <UnorderedListItem key={i}>
                        {probleem.veld && <strong>{probleem.veld}: </strong>}
                        {probleem.melding}
                      </UnorderedListItem>
                    ))}
                  </UnorderedList>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
