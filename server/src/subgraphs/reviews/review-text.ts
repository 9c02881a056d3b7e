import sanitizeHtml from 'sanitize-html';

/** Each explanation of a review, after its markup is stripped. */
export const MAX_TOELICHTING = 2_000;

const NO_MARKUP: sanitizeHtml.IOptions = { allowedTags: [], allowedAttributes: {}, nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'xml', 'title', 'head'] };

/** sanitize-html escapes what it keeps; a review is stored as text, so those escapes go back to characters. */
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/**
 * A review explanation as plain text: tags and comments removed, entities as characters. Repeated until nothing
 * changes, so markup hidden behind entities (`&lt;script&gt;`) goes too. Empty becomes null.
 */
export function plainText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  let text = value;
  for (let round = 0; round < 5; round++) {
    const next = unescape(sanitizeHtml(text, NO_MARKUP));
    if (next === text) break;
    text = next;
  }
  text = text.trim();
  return text === '' ? null : text;
}
