import { ErrorState, NoticeState } from '@instrumentengidsen/ui';
import { Button, FormFieldTextbox, Paragraph } from '@utrecht/component-library-react';
import { useDeferredValue, useState } from 'react';
import { useKoppelbareInstrumentenQuery, useKoppelInstrumentAanAanbiederMutation } from '../../__generated__/hooks';
import { KeuzeVeld } from '../../components/KeuzeVeld';
import { recordFout } from '../../components/record-fouten';

/**
 * "Koppel instrument" (handleiding 3.1, the other way to set an instrument's aanbieder): find one of the
 * beheerder's instruments by name and make this aanbieder carry it out. The instrument's version goes with it,
 * so a change made meanwhile is a CONFLICT instead of being overwritten.
 */
export function KoppelInstrument({ aanbiederId, onGekoppeld }: { aanbiederId: string; onGekoppeld: () => Promise<unknown> }) {
  const [tekst, setTekst] = useState('');
  const zoek = useDeferredValue(tekst.trim());
  const { data, refetch } = useKoppelbareInstrumentenQuery({ variables: { tekst: zoek || null }, fetchPolicy: 'cache-and-network' });
  const [koppel, { loading }] = useKoppelInstrumentAanAanbiederMutation();
  const [gekozen, setGekozen] = useState('');
  const [uitkomst, setUitkomst] = useState<{ fout: boolean; tekst: string } | null>(null);
  const kandidaten = (data?.mijnInstrumenten.nodes ?? []).filter((i) => i.aanbieder.id !== aanbiederId);
  const meer = (data?.mijnInstrumenten.totalCount ?? 0) > (data?.mijnInstrumenten.nodes.length ?? 0);

  return (
    <>
      <Paragraph>Kies een van je instrumenten: deze aanbieder voert het daarna uit. Het instrument verdwijnt bij zijn vorige aanbieder.</Paragraph>
      {uitkomst && (uitkomst.fout ? <ErrorState>{uitkomst.tekst}</ErrorState> : <div role="status"><NoticeState>{uitkomst.tekst}</NoticeState></div>)}
      <form
        noValidate
        className="record-inline-form"
        aria-label="Koppel instrument"
        onSubmit={async (event) => {
          event.preventDefault();
          const instrument = kandidaten.find((i) => i.id === gekozen);
          if (!instrument) {
            setUitkomst({ fout: true, tekst: 'Kies eerst een instrument.' });
            return;
          }
          try {
            await koppel({ variables: { aanbiederId, instrumentId: instrument.id, version: instrument.version } });
            setUitkomst({ fout: false, tekst: `${instrument.naam} is nu gekoppeld aan deze aanbieder.` });
            setGekozen('');
            setTekst('');
            await Promise.all([onGekoppeld(), refetch()]);
          } catch (error) {
            setUitkomst({ fout: true, tekst: recordFout(error).melding });
            await refetch();
          }
        }}
      >
        <FormFieldTextbox label="Zoek op naam" name="zoek" autoComplete="off" value={tekst} onChange={(event) => setTekst((event.target as HTMLInputElement).value)} />
        <KeuzeVeld
          label="Instrument"
          name="instrumentId"
          leeg={kandidaten.length ? 'Kies een instrument' : 'Geen instrumenten gevonden'}
          opties={kandidaten.map((i) => ({ value: i.id, label: `${i.naam} (nu: ${i.aanbieder.naam})` }))}
          value={kandidaten.some((i) => i.id === gekozen) ? gekozen : ''}
          onChange={setGekozen}
          description={meer ? 'Alleen de eerste 50: zoek op naam om er minder te zien.' : undefined}
        />
        <Button type="submit" appearance="secondary-action-button" disabled={loading}>
          Koppel instrument
        </Button>
      </form>
    </>
  );
}
