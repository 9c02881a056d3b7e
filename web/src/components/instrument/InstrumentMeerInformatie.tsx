import { Heading3, Link, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentMeerInformatieFragmentDoc } from '../../__generated__/graphql';
import { Block } from './Block';
import { fileSize, fileType } from './download-info';
import { YoutubeVideo } from './YoutubeVideo';

/** The format's "aanvullende inhoud": links, downloads with type and size, and videos that load on request. */
export function InstrumentMeerInformatie(props: { instrument: FragmentType<typeof InstrumentMeerInformatieFragmentDoc> }) {
  const { links, downloads, videos } = getFragmentData(InstrumentMeerInformatieFragmentDoc, props.instrument);
  return (
    <Block title="Meer informatie" empty={links.length + downloads.length + videos.length === 0}>
      {links.length > 0 && (
        <>
          <Heading3>Links</Heading3>
          <UnorderedList>
            {links.map((l) => (
              <UnorderedListItem key={l.id}>
                <Link href={l.url} data-interactie="LINK">
                  {l.label}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {downloads.length > 0 && (
        <>
          <Heading3>Downloads</Heading3>
          <UnorderedList>
            {downloads.map((d) => (
              <UnorderedListItem key={d.id}>
                <Link href={d.url} download={d.bestandsnaam} data-interactie="DOWNLOAD">
                  {d.label}
                </Link>{' '}
                <span className="download-info">
                  ({fileType(d.mimeType, d.bestandsnaam)}, {fileSize(d.grootte)})
                </span>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {videos.length > 0 && (
        <>
          <Heading3>Video's</Heading3>
          {videos.map((v) => (
            <YoutubeVideo key={v.id} youtubeId={v.youtubeId} label={v.label} />
          ))}
        </>
      )}
    </Block>
  );
}
