import { Link } from 'react-router';

/** Where the beheerder is in the two steps of the invoerwijzer; a step with `pad` can be opened. */
export function Stappen({ huidig, stap2Pad, stap1Pad }: { huidig: 1 | 2; stap1Pad?: string; stap2Pad?: string }) {
  const stappen = [
    { nummer: 1, titel: 'Gegevens en omschrijvingen', pad: stap1Pad },
    { nummer: 2, titel: 'Koppelingen', pad: stap2Pad },
  ];
  return (
    <nav aria-label="Stappen" className="instrument-stappen">
      <ol>
        {stappen.map((stap) => {
          const tekst = `Stap ${stap.nummer}: ${stap.titel}`;
          const isHuidig = stap.nummer === huidig;
          return (
            <li key={stap.nummer} className={isHuidig ? 'instrument-stappen__huidig' : undefined} aria-current={isHuidig ? 'step' : undefined}>
              {stap.pad && !isHuidig ? <Link to={stap.pad} className="utrecht-link">{tekst}</Link> : tekst}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
