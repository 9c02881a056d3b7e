import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { Bevestiging } from './Bevestiging';

/**
 * Put in a form: while `gewijzigd`, leaving by a link or the back button asks first, and closing or reloading the
 * tab gets the browser's own question. A save that navigates afterwards must clear `gewijzigd` first.
 */
export function OnopgeslagenWaarschuwing({ gewijzigd }: { gewijzigd: boolean }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => gewijzigd && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!gewijzigd) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [gewijzigd]);
  return (
    <Bevestiging
      open={blocker.state === 'blocked'}
      titel="Wijzigingen niet opgeslagen"
      ja="Pagina verlaten"
      nee="Blijven en opslaan"
      gevaar
      onAntwoord={(verlaten) => (verlaten ? blocker.proceed?.() : blocker.reset?.())}
    >
      Je hebt wijzigingen die nog niet zijn opgeslagen. Als je deze pagina verlaat, ben je ze kwijt.
    </Bevestiging>
  );
}
