import { CSRF_HEADER } from '@instrumentengidsen/ui';
import { print } from 'graphql';
import { useEffect } from 'react';
import { RecordEventsDocument, type InteractieInput, type InteractieSoort } from './__generated__/graphql';

/**
 * What people do on the site, for the data dashboard (insights' `recordEvents`), sent fire-and-forget in batches:
 * never waited for, never delaying a page, never with personal data. No cookie goes along (`credentials: 'omit'`),
 * and `tab` is a random id this tab keeps in memory only, so events of one visit belong together without anyone
 * knowing whose visit it was. Not through Apollo: a batch must also leave when the page is closed, which takes
 * `fetch(keepalive)` or `navigator.sendBeacon`; the document is the generated (trusted) one all the same.
 */

type Interactie = Omit<InteractieInput, 'tab'>;

const MAX_BATCH = 50;
const SEND_AFTER_MS = 3000;
const TAB = crypto.randomUUID();
const QUERY = print(RecordEventsDocument);

let queue: InteractieInput[] = [];
let timer: ReturnType<typeof setTimeout> | undefined;

function send(events: InteractieInput[], leaving: boolean): void {
  if (!events.length) return;
  const body = JSON.stringify({ query: QUERY, variables: { events } });
  // Leaving: sendBeacon is the one request a browser still sends after the page is gone.
  if (leaving && navigator.sendBeacon?.('/graphql', new Blob([body], { type: 'application/json' }))) return;
  void fetch('/graphql', {
    method: 'POST',
    keepalive: true,
    credentials: 'omit',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body,
  }).catch(() => undefined);
}

function flush(leaving = false): void {
  clearTimeout(timer);
  timer = undefined;
  while (queue.length) send(queue.splice(0, MAX_BATCH), leaving);
}

/** Queues one interaction; a batch goes out after a few seconds, when full, or when the tab is hidden or closed. */
export function recordInteractie(event: Interactie): void {
  queue.push({ ...event, tab: TAB });
  if (queue.length >= MAX_BATCH) flush();
  else timer ??= setTimeout(flush, SEND_AFTER_MS);
}

addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') flush(true);
});
addEventListener('pagehide', () => flush(true));

/** Records `event` once for every distinct `key` (a search's variables, an instrument's id); null: nothing yet. */
export function useRecordInteractie(event: Interactie | null, key: string): void {
  useEffect(() => {
    if (event) recordInteractie(event);
    // The key says when it is another interaction; the event object is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [event === null, key]);
}

const CLICKED: ReadonlySet<string> = new Set<InteractieSoort>(['CONTACT', 'LINK', 'DOWNLOAD', 'VIDEO']);

/**
 * The interaction a click means: the nearest `data-interactie` around its target (contact, link, download, video).
 * One delegated listener on the page then records them all, and the components only mark their links.
 */
export function clickedInteractie(target: EventTarget | null): InteractieSoort | null {
  const soort = target instanceof Element ? target.closest('[data-interactie]')?.getAttribute('data-interactie') : null;
  return soort && CLICKED.has(soort) ? (soort as InteractieSoort) : null;
}
