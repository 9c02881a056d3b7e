import { DataList } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentKenmerkenFragmentDoc } from '../../__generated__/graphql';
import { Block } from './Block';
import { Field } from './Field';

/** The gekoppelde kenmerken (tegels, klantkenmerken, uitvoeringsvorm, doelgroepen ...) per categorie, in the gids' order. */
export function InstrumentKenmerken(props: { instrument: FragmentType<typeof InstrumentKenmerkenFragmentDoc> }) {
  const { kenmerken } = getFragmentData(InstrumentKenmerkenFragmentDoc, props.instrument);
  return (
    <Block title="Kenmerken" empty={kenmerken.length === 0}>
      <DataList>
        {kenmerken.map((groep) => (
          <Field key={groep.categorie.code} label={groep.categorie.naam}>
            {groep.kenmerken.map((k) => k.naam).join(', ')}
          </Field>
        ))}
      </DataList>
    </Block>
  );
}
