import { errorCode, ErrorState, LoadingState, NoticeState } from '@instrumentengidsen/ui';
import { useState } from 'react';
import { getFragmentData } from '../../../__generated__';
import { InstrumentFormulierFragmentDoc, type InstrumentFormulierFragment } from '../../../__generated__/graphql';
import { useUpdateInstrumentFormulierMutation } from '../../../__generated__/hooks';
import { ConflictMelding } from './ConflictMelding';
import { useFormulierKeuzes } from './keuzes';
import { kenmerkCodes } from './koppelingen';
import { useStap1 } from './stap1-staat';
import { Stap1Formulier } from './Stap1Formulier';
import { Stappen } from './Stappen';
import { gewijzigdeVelden, inputVan, UITVOERINGSVORM, waardenVan, type VeldNaam, type Waarden } from './velden';

interface Conflict {
  nieuwste: InstrumentFormulierFragment;
  anderen: VeldNaam[];
}

type Herlaad = () => Promise<{ data?: { beheerInstrument: unknown } }>;

/**
 * Stap 1 of an existing instrument, prefilled; saving sends only the changed fields with the version that was
 * loaded. A CONFLICT fetches the newest version to show what changed, and can load it with the beheerder's own
 * changes on top.
 */
export function BewerkenStap1({ instrument, herlaad, stap2Pad }: { instrument: InstrumentFormulierFragment; herlaad: Herlaad; stap2Pad: string }) {
  const keuzes = useFormulierKeuzes(instrument.gids);
  if (keuzes.loading) return <LoadingState>Formulier laden…</LoadingState>;
  if (keuzes.error) return <ErrorState>Het formulier kon niet worden geladen. Probeer het later opnieuw.</ErrorState>;
  return <Formulier instrument={instrument} herlaad={herlaad} stap2Pad={stap2Pad} keuzes={keuzes} />;
}

function Formulier({ instrument, herlaad, stap2Pad, keuzes }: Parameters<typeof BewerkenStap1>[0] & { keuzes: ReturnType<typeof useFormulierKeuzes> }) {
  const [update] = useUpdateInstrumentFormulierMutation();
  const staat = useStap1(waardenVan(instrument));
  const [versie, setVersie] = useState(instrument.version);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [opgeslagen, setOpgeslagen] = useState(false);
  const gewijzigd = staat.gewijzigd;

  const opslaan = async () => {
    setOpgeslagen(false);
    const input = {
      ...inputVan(staat.waarden, gewijzigd),
      // The uitvoeringsvormen are kenmerken: the list given replaces all of them, so the others go along.
      ...(gewijzigd.includes('uitvoeringsvormen') && {
        kenmerken: [...kenmerkCodes(instrument).filter((code) => !instrument.kenmerken.some((g) => g.categorie.code === UITVOERINGSVORM && g.kenmerken.some((k) => k.code === code))), ...staat.waarden.uitvoeringsvormen],
      }),
    };
    try {
      const { data } = await update({ variables: { id: instrument.id, version: versie, input } });
      const opgeslagenInstrument = getFragmentData(InstrumentFormulierFragmentDoc, data?.updateInstrument);
      if (opgeslagenInstrument) {
        staat.laad(waardenVan(opgeslagenInstrument));
        setVersie(opgeslagenInstrument.version);
      }
      setConflict(null);
      setOpgeslagen(true);
    } catch (error) {
      if (errorCode(error) === 'CONFLICT') {
        const { data } = await herlaad();
        const nieuwste = getFragmentData(InstrumentFormulierFragmentDoc, data?.beheerInstrument as never) as InstrumentFormulierFragment | undefined;
        if (nieuwste) setConflict({ nieuwste, anderen: gewijzigdeVelden(staat.basis, waardenVan(nieuwste)) });
      }
      throw error;
    }
  };

  const laadNieuwste = (nieuwste: InstrumentFormulierFragment) => {
    const vers = waardenVan(nieuwste);
    const eigen = Object.fromEntries(gewijzigd.map((veld) => [veld, staat.waarden[veld]])) as Partial<Waarden>;
    staat.laad(vers, { ...vers, ...eigen });
    setVersie(nieuwste.version);
    setConflict(null);
  };

  return (
    <>
      <Stappen huidig={1} stap2Pad={gewijzigd.length ? undefined : stap2Pad} />
      {opgeslagen && !gewijzigd.length && <NoticeState>De wijzigingen zijn opgeslagen. Je kunt nu verder met stap 2: koppelingen.</NoticeState>}
      <Stap1Formulier gids={instrument.gids} staat={staat} organisaties={keuzes.organisaties} uitvoeringsvormen={keuzes.uitvoeringsvormen} opslaan={opslaan} knop="Opslaan">
        {conflict && <ConflictMelding anderen={conflict.anderen} eigen={gewijzigd} herlaad={() => laadNieuwste(conflict.nieuwste)} />}
      </Stap1Formulier>
    </>
  );
}
