/** Abbreviations that end in a full stop without ending the sentence (lower-case, without the final dot). */
const ABBREVIATIONS = new Set([
  'bijv', 'bv', 'o.a', 'd.w.z', 'm.b.t', 't.a.v', 'i.v.m', 'e.d', 'etc', 'enz', 'incl', 'excl', 'ca', 'max', 'min', 'resp',
  'z.s.m', 'a.s', 'evt', 'vgl', 'nl', 'o.b.v', 'm.n', 'i.p.v', 'n.a.v', 'm.u.v', 'p.p', 'zgn', 'vnl', 'mr', 'dr', 'ir', 'ing', 'drs', 'mw', 'dhr', 'st', 'nr', 'jl', 'blz', 'o.l.v', 'i.s.m', 't/m',
]);

/** Plain text of a rich text field: tags become spaces, entities their characters. */
export function plainText(html: string): string {
  return html
    .replace(/<(br|\/p|\/li|\/h\d)\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits Dutch text into sentences: a sentence ends at . ! or ? followed by a space and a capital or digit,
 * except after an abbreviation such as "bijv." or "o.a.".
 */
export function sentences(text: string): string[] {
  const result: string[] = [];
  let start = 0;
  const pattern = /[.!?]+["')\]]?(?=\s+["'(\[]?[\p{Lu}\d])/gu;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    const lastWord = text.slice(start, match.index + 1).split(/\s+/).pop() ?? '';
    const word = lastWord.replace(/^[("'[]+/, '').toLowerCase().replace(/\.$/, '');
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    result.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) result.push(rest);
  return result;
}

/** The first `count` sentences: what an instrument card shows of the samenvatting or korte beschrijving. */
export function firstSentences(text: string | null, count = 3): string | null {
  if (!text) return null;
  return sentences(plainText(text)).slice(0, count).join(' ');
}
