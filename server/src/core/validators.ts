/** Field formats more than one subgraph checks. Each is a predicate; the message belongs to the caller. */

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}$/i;
/** Dutch numbers as people type them: 020-1234567, 06 12345678, +31 20 123 4567, 0800-1234. */
const TELEFOON = /^(\+31|0031|0)[1-9][0-9 \-]{6,12}$/;
const URL_PROTOCOLS = new Set(['http:', 'https:']);

export const isEmail = (value: string) => value.length <= 254 && EMAIL.test(value);
export const isTelefoon = (value: string) => TELEFOON.test(value.trim()) && value.replace(/\D/g, '').length >= 9;
export function isWebUrl(value: string): boolean {
  try {
    return URL_PROTOCOLS.has(new URL(value).protocol);
  } catch {
    return false;
  }
}
