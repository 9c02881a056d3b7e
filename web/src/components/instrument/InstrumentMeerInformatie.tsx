import { Link, UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentMeerInformatieFragmentDoc } from '../../__generated__/graphql';
import { ListSection } from './ListSection';

/** Links and videos about the instrument; videos open on youtube-nocookie, never embedded. */
export function InstrumentMeerInformatie(props: { instrument: FragmentType<typeof InstrumentMeerInformatieFragmentDoc> }) {
  const { links, videos } = getFragmentData(InstrumentMeerInformatieFragmentDoc, props.instrument);
  return (
    <ListSection title="Meer informatie" empty={links.length === 0 && videos.length === 0}>
      {links.map((l) => (
        <UnorderedListItem key={l.id}>
          <Link href={l.url}>{l.label}</Link>
        </UnorderedListItem>
      ))}
      {videos.map((v) => (
        <UnorderedListItem key={v.id}>
          <Link href={`https://www.youtube-nocookie.com/watch?v=${encodeURIComponent(v.youtubeId)}`}>Video: {v.label ?? 'bekijk op YouTube'}</Link>
        </UnorderedListItem>
      ))}
    </ListSection>
  );
}
