import { Button } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';

/**
 * A YouTube video that loads nothing from YouTube until the visitor asks for it: first a button with the
 * title, then an iframe from youtube-nocookie.com (no cookies until played). Thumbnails are not shown,
 * since fetching one would already tell YouTube who is looking.
 */
export function YoutubeVideo({ youtubeId, label }: { youtubeId: string; label: string | null }) {
  const [playing, setPlaying] = useState(false);
  const player = useRef<HTMLIFrameElement>(null);
  // The button that had focus is gone once the player is there: keyboard users continue in the player.
  useEffect(() => {
    if (playing) player.current?.focus();
  }, [playing]);
  const title = label ?? 'Video over het instrument';
  const id = encodeURIComponent(youtubeId);
  // Paper cannot play a video: it gets the address instead.
  const onPaper = <span className="print-only">Video: {title}, https://www.youtube.com/watch?v={id}</span>;
  if (!playing) {
    return (
      <div className="youtube-video youtube-video--placeholder">
        <Button appearance="secondary-action-button" onClick={() => setPlaying(true)} data-interactie="VIDEO">
          <span aria-hidden="true">▶ </span>Video afspelen: {title}
        </Button>
        <p className="youtube-video__note utrecht-paragraph utrecht-paragraph--small">
          De video komt van YouTube. Pas na het afspelen kan YouTube gegevens verzamelen.
        </p>
        {onPaper}
      </div>
    );
  }
  return (
    <div className="youtube-video">
      <iframe
        ref={player}
        src={`https://www.youtube-nocookie.com/embed/${id}?autoplay=1`}
        title={title}
        allow="autoplay; encrypted-media; picture-in-picture; fullscreen"
        referrerPolicy="strict-origin-when-cross-origin"
        allowFullScreen
      />
      {onPaper}
    </div>
  );
}
