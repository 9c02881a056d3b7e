import { getFragmentData, type FragmentType } from '../../../__generated__';
import { InstrumentBlokkenFragmentDoc } from '../../../__generated__/graphql';
import { BlokContactpersonen } from './BlokContactpersonen';
import { BlokDuurKosten } from './BlokDuurKosten';
import { BlokGebieden } from './BlokGebieden';
import { BlokKenmerken } from './BlokKenmerken';
import { BlokLocaties } from './BlokLocaties';
import { BlokMeerInformatie } from './BlokMeerInformatie';
import { BlokOmschrijvingen } from './BlokOmschrijvingen';
import { BlokRegistratiecodes } from './BlokRegistratiecodes';

/**
 * The blocks after the instrument's details, in the order of the public instrument page (web's InstrumentDetail);
 * weergeven puts BlokGegevens before them, the voorbeeld the public page's heading.
 */
export function InstrumentBlokken(props: { instrument: FragmentType<typeof InstrumentBlokkenFragmentDoc> }) {
  const i = getFragmentData(InstrumentBlokkenFragmentDoc, props.instrument);
  return (
    <>
      <BlokOmschrijvingen instrument={i} />
      <BlokDuurKosten instrument={i} />
      <BlokKenmerken instrument={i} />
      <BlokContactpersonen instrument={i} />
      <BlokLocaties instrument={i} />
      <BlokRegistratiecodes instrument={i} />
      <BlokMeerInformatie instrument={i} />
      <BlokGebieden instrument={i} />
    </>
  );
}
