import { DataList, Link } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { BlokGegevensFragmentDoc } from '../../../__generated__/graphql';
import { gidsNaam } from '../labels';
import { Blok, Veld } from './Blok';

/** Instrument details: who offers and who maintains it, its guide and type, and the summary of its guide. */
export function BlokGegevens(props: { instrument: FragmentType<typeof BlokGegevensFragmentDoc> }) {
  const i = getFragmentData(BlokGegevensFragmentDoc, props.instrument);
  return (
    <Blok titel="Instrument details">
      <DataList>
        <Veld label="Naam">{i.naam}</Veld>
        <Veld label="Gids">{gidsNaam(i.gids)}</Veld>
        <Veld label="Soort">{i.type === 'LEERWERKTRAJECT' ? 'Leerwerktraject' : 'Instrument'}</Veld>
        <Veld label="Organisatie">{i.organisatie.naam}</Veld>
        <Veld label="Aanbieder">{i.aanbieder.website ? <Link href={i.aanbieder.website}>{i.aanbieder.naam}</Link> : i.aanbieder.naam}</Veld>
        {i.gids === 'EVA' ? <Veld label="Samenvatting">{i.samenvatting}</Veld> : <Veld label="Korte beschrijving">{i.korteBeschrijving}</Veld>}
      </DataList>
    </Blok>
  );
}
