import { Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { TegelFragmentDoc } from '../../__generated__/graphql';

/** "- a\n- b" (the Werklandschap's lists of tools) as items; other text as one paragraph. */
function lines(text: string): string[] {
  return text.split('\n').map((line) => line.replace(/^\s*[-•]\s*/, '').trim()).filter(Boolean);
}

/** One tile of the werklandschap at its place in the landscape, with its subtitle; it opens its explanation. */
export function TegelKnop({ tegel: data, open, onToggle }: { tegel: FragmentType<typeof TegelFragmentDoc>; open: boolean; onToggle: () => void }) {
  const tegel = getFragmentData(TegelFragmentDoc, data);
  const style = tegel.positie ? { gridColumn: tegel.positie.x + 1, gridRow: tegel.positie.y + 1 } : undefined;
  return (
    <li className={open ? 'tegel tegel--open' : 'tegel'} style={style}>
      <button type="button" className="tegel__knop" aria-expanded={open} aria-controls="tegel-uitleg" onClick={onToggle}>
        <span className="tegel__naam">{tegel.naam}</span>
        {tegel.ondertitel && <span className="tegel__ondertitel">{tegel.ondertitel}</span>}
      </button>
    </li>
  );
}

/** What a tile is about, its tools and points of attention and examples, and a search with it as a filter. */
export function TegelUitleg({ tegel: data, zoekLink }: { tegel: FragmentType<typeof TegelFragmentDoc>; zoekLink: string }) {
  const tegel = getFragmentData(TegelFragmentDoc, data);
  return (
    <section id="tegel-uitleg" className="tegel__uitleg" aria-labelledby="tegel-uitleg-titel">
      <Heading3 id="tegel-uitleg-titel">{tegel.naam}</Heading3>
      {tegel.beschrijving && <Paragraph>{tegel.beschrijving}</Paragraph>}
      {tegel.toolsEnAandachtspunten && (
        <>
          <Paragraph>
            <strong>Tools en aandachtspunten</strong>
          </Paragraph>
          <UnorderedList>
            {lines(tegel.toolsEnAandachtspunten).map((line) => (
              <UnorderedListItem key={line}>{line}</UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {tegel.voorbeelden.length > 0 && <Paragraph>Voorbeelden: {tegel.voorbeelden.join(', ')}.</Paragraph>}
      <Paragraph>
        <Link to={zoekLink} className="utrecht-link">
          Zoek instrumenten bij {tegel.naam}
        </Link>
      </Paragraph>
    </section>
  );
}
