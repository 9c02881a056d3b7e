import { useState } from 'react';

/**
 * A video's preview: YouTube's still image; the player (youtube-nocookie, without cookies) loads only after a
 * click, so merely opening the form sends nothing to YouTube but the image request.
 */
export function VideoVoorbeeld({ youtubeId, label }: { youtubeId: string; label: string }) {
  const [speel, setSpeel] = useState(false);
  if (speel) {
    return (
      <iframe className="video-voorbeeld" title={`Video: ${label}`} src={`https://www.youtube-nocookie.com/embed/${youtubeId}?autoplay=1`}
        allow="autoplay; encrypted-media; picture-in-picture" allowFullScreen
      />
    );
  }
  return (
    <button type="button" className="video-voorbeeld video-voorbeeld--knop" onClick={() => setSpeel(true)}>
      <img src={`https://i.ytimg.com/vi/${youtubeId}/hqdefault.jpg`} alt="" width={240} height={180} />
      <span aria-hidden="true" className="video-voorbeeld__play">▶</span>
      <span className="visually-hidden">Speel video af: {label}</span>
    </button>
  );
}
