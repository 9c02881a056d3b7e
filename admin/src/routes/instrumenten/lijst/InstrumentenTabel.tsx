import { formatDay } from '@instrumentengidsen/ui';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { InstrumentenLijstRijFragmentDoc } from '../../../__generated__/graphql';
import { gidsNaam } from '../labels';
import { StatusLabel } from '../StatusLabel';

/** One page of the list; "Acties" per row as in the handleiding (weergeven, bewerken). */
export function InstrumentenTabel({ rijen, caption }: { rijen: FragmentType<typeof InstrumentenLijstRijFragmentDoc>[]; caption: string }) {
  const instrumenten = rijen.map((rij) => getFragmentData(InstrumentenLijstRijFragmentDoc, rij));
  return (
    <div className="instrumenten-tabel">
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {['Naam', 'Gids', 'Status', 'Organisatie', 'Aanbieder', 'Laatst gewijzigd', 'Acties'].map((kop) => (
              <TableHeaderCell key={kop} scope="col">
                {kop}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {instrumenten.map((i) => (
            <TableRow key={i.id}>
              <TableCell>
                <RouterLink to={i.id} className="utrecht-link">
                  {i.naam}
                </RouterLink>
              </TableCell>
              <TableCell>{gidsNaam(i.gids)}</TableCell>
              <TableCell>
                <StatusLabel status={i.status} />
              </TableCell>
              <TableCell>{i.organisatie.naam}</TableCell>
              <TableCell>{i.aanbieder.naam}</TableCell>
              <TableCell className="instrumenten-tabel__datum">{formatDay(i.updatedAt)}</TableCell>
              <TableCell>
                <span className="instrumenten-tabel__acties">
                  <RouterLink to={i.id} className="utrecht-link" aria-label={`${i.naam} weergeven`}>
                    Weergeven
                  </RouterLink>
                  <RouterLink to={`${i.id}/bewerken`} className="utrecht-link" aria-label={`${i.naam} bewerken`}>
                    Bewerken
                  </RouterLink>
                </span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
