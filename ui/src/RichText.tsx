import DOMPurify from 'dompurify';

/** The markup the beheeromgeving's editor offers (the server keeps only these too: catalog/beheer/rich-text.ts). */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'strike', 'del', 'ul', 'ol', 'li', 'a'];

/**
 * Beheerders' opgemaakte tekst as HTML. The server sanitizes on write; this second pass (DOMPurify) guards
 * against anything stored before that, or written to the database another way: only the editor's markup,
 * only http(s), mailto and tel links, no attributes but href and rel.
 */
export function RichText({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'rel'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
  });
  return <div className="utrecht-rich-text" dangerouslySetInnerHTML={{ __html: clean }} />;
}
