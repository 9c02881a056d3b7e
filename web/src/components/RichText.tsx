import DOMPurify from 'dompurify';

const ALLOWED_TAGS = ['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a'];

/** Beheerders' opgemaakte tekst, shown with only the markup the editor allows and only http(s)/mailto links. */
export function RichText({ html }: { html: string }) {
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  });
  return <div className="utrecht-rich-text" dangerouslySetInnerHTML={{ __html: clean }} />;
}
