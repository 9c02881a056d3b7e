import { useDocumentTitle } from '@instrumentengidsen/ui';
import { Alert, DataList, Heading1, Link, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink } from 'react-router';
import { getFragmentData } from '../../../__generated__';
import { BlokGegevensFragmentDoc } from '../../../__generated__/graphql';
import { Veld } from '../blokken/Blok';
import { InstrumentBlokken } from '../blokken/InstrumentBlokken';
import { InstrumentLaden, type BeheerInstrument } from '../InstrumentLaden';
import { GIDSEN } from '../labels';

/**
 * The instrument as its public page in Eva or Dennis will show it: the same headings in the same order, empty
 * blocks left out, the same sanitizing. Built here (the admin does not import web's code), so a change to the
 * public page's order must be made here too.
 */
export function InstrumentVoorbeeld() {
  return <InstrumentLaden>{(instrument) => <Voorbeeld instrument={instrument} />}</InstrumentLaden>;
}

function Voorbeeld({ instrument }: { instrument: BeheerInstrument }) {
  const i = getFragmentData(BlokGegevensFragmentDoc, instrument);
  const gids = GIDSEN.find((g) => g.gids === i.gids)!;
  useDocumentTitle(`Voorbeeld: ${i.naam} – Beheeromgeving`);
  return (
    <>
      <Paragraph>
        <RouterLink to=".." relative="path" className="utrecht-link">
          Terug naar het instrument
        </RouterLink>
      </Paragraph>
      <Alert>
        <Paragraph>
          <strong>Voorbeeld: zo ziet het instrument eruit in {gids.naam}.</strong>{' '}
          {instrument.status === 'GEPUBLICEERD' ? 'Het instrument is nu gepubliceerd.' : 'Het instrument is nu niet te vinden in de gids.'}
        </Paragraph>
      </Alert>
      <article className="instrument-voorbeeld" aria-label={`Voorbeeld van ${i.naam}`}>
        <Paragraph small>
          {gids.naam} · {gids.titel}
        </Paragraph>
        <Heading1>{i.naam}</Heading1>
        <Paragraph lead>{i.gids === 'EVA' ? i.samenvatting : i.korteBeschrijving}</Paragraph>
        <DataList className="instrument-blok">
          <Veld label="Aanbieder">{i.aanbieder.website ? <Link href={i.aanbieder.website}>{i.aanbieder.naam}</Link> : i.aanbieder.naam}</Veld>
          <Veld label="Organisatie">{i.organisatie.naam}</Veld>
          <Veld label="Soort">{i.type === 'LEERWERKTRAJECT' ? 'Leerwerktraject' : null}</Veld>
        </DataList>
        <InstrumentBlokken instrument={instrument} />
      </article>
    </>
  );
}
