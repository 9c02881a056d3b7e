import { DataList } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { BlokKenmerkenFragmentDoc } from '../../../__generated__/graphql';
import { Blok, Veld } from './Blok';

/** The gekoppelde kenmerken (tegels, klantkenmerken, doelgroepen, dienstverband ...) per categorie, in the gids' order. */
export function BlokKenmerken(props: { instrument: FragmentType<typeof BlokKenmerkenFragmentDoc> }) {
  const { kenmerken } = getFragmentData(BlokKenmerkenFragmentDoc, props.instrument);
  return (
    <Blok titel="Kenmerken" leeg={kenmerken.length === 0}>
      <DataList>
        {kenmerken.map((groep) => (
          <Veld key={groep.categorie.code} label={groep.categorie.naam}>
            {groep.kenmerken.map((k) => k.naam).join(', ')}
          </Veld>
        ))}
      </DataList>
    </Blok>
  );
}
