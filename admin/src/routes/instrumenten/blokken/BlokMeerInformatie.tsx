import { Heading3, Link, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../../__generated__';
import { BlokMeerInformatieFragmentDoc } from '../../../__generated__/graphql';
import { Blok } from './Blok';

/** 1 kB = 1024 bytes, as file managers show it. */
function grootte(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${Math.round(kb).toLocaleString('nl-NL')} kB`;
  return `${(kb / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Links, downloads and video's. Video's are links to YouTube here: the beheeromgeving does not embed a player
 * (the public page loads one on request).
 */
export function BlokMeerInformatie(props: { instrument: FragmentType<typeof BlokMeerInformatieFragmentDoc> }) {
  const { links, downloads, videos } = getFragmentData(BlokMeerInformatieFragmentDoc, props.instrument);
  const lijst = (titel: string, items: { key: string; inhoud: React.ReactNode }[]) =>
    items.length > 0 && (
      <>
        <Heading3>{titel}</Heading3>
        <UnorderedList>
          {items.map((item) => (
            <UnorderedListItem key={item.key}>{item.inhoud}</UnorderedListItem>
          ))}
        </UnorderedList>
      </>
    );
  return (
    <Blok titel="Meer informatie" leeg={links.length + downloads.length + videos.length === 0}>
      {lijst('Links', links.map((l) => ({ key: l.id, inhoud: <Link href={l.url}>{l.label}</Link> })))}
      {lijst('Downloads', downloads.map((d) => ({
        key: d.id,
        inhoud: <><Link href={d.url} download={d.bestandsnaam}>{d.label}</Link> ({d.bestandsnaam}, {grootte(d.grootte)})</>,
      })))}
      {lijst("Video's", videos.map((v) => ({
        key: v.id,
        inhoud: <Link href={`https://www.youtube.com/watch?v=${encodeURIComponent(v.youtubeId)}`}>{v.label || `Video ${v.youtubeId}`} (YouTube)</Link>,
      })))}
    </Blok>
  );
}
