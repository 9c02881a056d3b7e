const ID = /^[A-Za-z0-9_-]{11}$/;
const HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'www.youtube-nocookie.com', 'youtube-nocookie.com']);

/**
 * The YouTube identifier of what a beheerder pastes: the identifier itself (rVsqEJhVLFM) or a link
 * (watch?v=, youtu.be/, /embed/, /shorts/). Null when it is neither.
 */
export function youtubeId(input: string): string | null {
  const value = input.trim();
  if (ID.test(value)) return value;
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(value) ? value : `https://${value}`);
  } catch {
    return null;
  }
  if (!HOSTS.has(url.hostname.toLowerCase())) return null;
  const candidate = url.hostname.endsWith('youtu.be')
    ? url.pathname.slice(1)
    : url.searchParams.get('v') ?? url.pathname.match(/^\/(?:embed|shorts|live)\/([^/]+)/)?.[1] ?? '';
  return ID.test(candidate) ? candidate : null;
}
