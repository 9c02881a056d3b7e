import { formatNumber } from '@instrumentengidsen/ui';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';

/**
 * Page by page through a paged list (`first`/`after`): the cursors of the pages before are kept, so "vorige"
 * goes back without a second kind of cursor. `opnieuw()` starts at the first page (a new filter or search).
 */
export function useBladeren() {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    after: cursors[cursors.length - 1] ?? null,
    pagina: cursors.length,
    volgende: (endCursor: string | null | undefined) => endCursor && setCursors((c) => [...c, endCursor]),
    vorige: () => setCursors((c) => (c.length > 1 ? c.slice(0, -1) : c)),
    opnieuw: () => setCursors([null]),
  };
}

export type BladerStand = ReturnType<typeof useBladeren>;

/** Under a paged list: how many there are, which page, and the buttons to the pages around it. */
export function Bladeren({ stand, totaal, pageInfo, label, enkelvoud }: {
  stand: BladerStand;
  totaal: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  /** What the list holds, plural ("reviews"), and one of them ("review"). */
  label: string;
  enkelvoud: string;
}) {
  if (totaal === 0) return null;
  return (
    <nav aria-label={`Pagina's ${label}`} className="bladeren">
      <Paragraph>
        {formatNumber(totaal)} {totaal === 1 ? enkelvoud : label}
        {stand.pagina > 1 || pageInfo.hasNextPage ? ` · pagina ${stand.pagina}` : ''}
      </Paragraph>
      {(stand.pagina > 1 || pageInfo.hasNextPage) && (
        <ButtonGroup>
          <Button appearance="secondary-action-button" disabled={stand.pagina === 1} onClick={stand.vorige}>
            Vorige pagina
          </Button>
          <Button appearance="secondary-action-button" disabled={!pageInfo.hasNextPage} onClick={() => stand.volgende(pageInfo.endCursor)}>
            Volgende pagina
          </Button>
        </ButtonGroup>
      )}
    </nav>
  );
}
