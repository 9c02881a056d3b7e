import { useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Paragraph } from '@utrecht/component-library-react';
import { useSearchParams } from 'react-router';
import { isLandelijk, useBeheerder } from '../../session';
import { Beoordelingen } from './Beoordelingen';
import { Gaten } from './Gaten';
import { Gebruik } from './Gebruik';
import { gidsUit, useKeuzes } from './keuzes';
import { KeuzesFormulier } from './KeuzesFormulier';
import { formatPeriode } from './labels';
import { useNamen } from './namen';
import { Onderhoud } from './Onderhoud';
import { Overzicht } from './Overzicht';
import { QueryStaat } from './QueryStaat';
import './data.css';

/**
 * The data dashboard in the order a policy officer reads it: the overview numbers, then how the guide was used,
 * then where the offer falls short, then the instruments and their reviews. Every number is in a table with a
 * CSV download; the charts are pictures of those tables.
 */
export function DataDashboard() {
  useDocumentTitle('Data dashboard – Beheeromgeving');
  const { beheerder } = useBeheerder();
  const landelijk = isLandelijk(beheerder);
  const [params] = useSearchParams();
  const { namen, error } = useNamen(gidsUit(params));
  const [keuzes, wijzig] = useKeuzes(namen?.eigenRegios ?? null, !!namen);
  return (
    <>
      <Heading1>Data dashboard</Heading1>
      <QueryStaat data={namen ?? undefined} error={error} wat="De keuzes">
        {(namen) =>
          !landelijk && namen.regios.length === 0 ? (
            <Paragraph>Je organisaties horen bij geen regio, dus er zijn geen regiogegevens om te tonen.</Paragraph>
          ) : (
            <>
              <KeuzesFormulier keuzes={keuzes} wijzig={wijzig} namen={namen} />
              <Paragraph className="data-samenvatting" aria-live="polite">
                {formatPeriode(keuzes.van, keuzes.tot)}, {keuzes.regio ? namen.regio(keuzes.regio) : "alle regio's"}, {keuzes.gids === 'EVA' ? 'Eva' : 'Dennis'}.
              </Paragraph>
              <Overzicht keuzes={keuzes} landelijk={landelijk} />
              <Gebruik keuzes={keuzes} wijzig={wijzig} namen={namen} />
              <Gaten keuzes={keuzes} namen={namen} landelijk={landelijk} />
              <Onderhoud keuzes={keuzes} landelijk={landelijk} />
              <Beoordelingen gids={keuzes.gids} />
            </>
          )
        }
      </QueryStaat>
    </>
  );
}
