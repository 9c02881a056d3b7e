import { LoadingState, useDocumentTitle } from '@instrumentengidsen/ui';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { TegelKnop, TegelUitleg } from '../components/werklandschap/Tegel';
import type { Gids } from '../__generated__/graphql';
import { useWerklandschapQuery } from '../__generated__/hooks';
import { LoadError } from './NotFound';

const NAAM = { EVA: 'Eva', DENNIS: 'Dennis' } as const;
/** What a tile stands for in each guide's landscape (Werklandschap werkzoekenden en werkgevers). */
const TEGEL_IS = { EVA: 'een stap van een werkzoekende op weg naar werk', DENNIS: 'een stap in de dienstverlening aan een werkgever' } as const;

/**
 * The werklandschap: the guide's tegels as the landscape of tiles in their places, each opening its explanation
 * with a link that searches with it; for Eva also the klantkenmerken with their explanations (handreiking bijlagen).
 */
export function Werklandschap({ gids, zoekLink }: { gids: Gids; zoekLink: (code: string) => string }) {
  const { data, error, loading } = useWerklandschapQuery({ variables: { gids } });
  useDocumentTitle(error ? null : `Werklandschap – ${NAAM[gids]}`);
  const [open, setOpen] = useState<string | null>(null);
  if (loading) return <LoadingState>Werklandschap laden…</LoadingState>;
  if (error || !data) return <LoadError wat="Werklandschap">Het werklandschap kon niet worden geladen. Probeer het later opnieuw.</LoadError>;
  const basis = data.kenmerkCategorieen.filter((categorie) => categorie.soort === 'BASIS');
  const toggle = (code: string) => setOpen((current) => (current === code ? null : code));
  return (
    <>
      <Heading1>Werklandschap van {NAAM[gids]}</Heading1>
      <Paragraph lead>
        Elke tegel is {TEGEL_IS[gids]}. Open een tegel voor uitleg, tools en voorbeelden, en zoek de instrumenten die erbij horen.
      </Paragraph>
      {basis.map((categorie, index) => {
        const kenmerken = categorie.kenmerken.flatMap((kenmerk) => [kenmerk, ...kenmerk.children]);
        const gekozen = kenmerken.find((kenmerk) => kenmerk.code === open);
        return (
          <section key={categorie.code} aria-labelledby={`categorie-${categorie.code}`}>
            <Heading2 id={`categorie-${categorie.code}`}>{categorie.naam}</Heading2>
            {categorie.beschrijving && <Paragraph>{categorie.beschrijving}</Paragraph>}
            <ul className={index === 0 ? 'werklandschap' : 'kenmerk-uitleg'}>
              {kenmerken.map((kenmerk) => (
                <TegelKnop key={kenmerk.code} tegel={kenmerk} open={open === kenmerk.code} onToggle={() => toggle(kenmerk.code)} />
              ))}
            </ul>
            {gekozen && <TegelUitleg tegel={gekozen} zoekLink={zoekLink(gekozen.code)} />}
          </section>
        );
      })}
    </>
  );
}
