import DOMPurify from 'dompurify';

/** The markup the rich-text editor offers (and the server keeps: catalog/beheer/rich-text.ts), as in web's RichText. */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'ul', 'ol', 'li', 'a'];

/**
 * Opgemaakte tekst as HTML. The server sanitizes on write; this second pass guards against anything stored before
 * that or written to the database another way, so a beheerder's screen never runs a script from the data.
 */
export function RichText({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'rel'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
  });
  return <div className="utrecht-rich-text" dangerouslySetInnerHTML={{ __html: clean }} />;
}
