/** One decimal, Dutch: 4,3. */
export const score = (value: number) => value.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "1 beoordeling", "12 beoordelingen". */
export const aantalBeoordelingen = (n: number) => `${n.toLocaleString('nl-NL')} ${n === 1 ? 'beoordeling' : 'beoordelingen'}`;

/**
 * Stars for the eye, hidden from screen readers; the text next to them ("4 van 5 sterren") is what they read.
 * An average is rounded to whole stars for the picture only.
 */
export function Sterren({ value }: { value: number }) {
  const full = Math.round(value);
  return (
    <span aria-hidden="true" className="sterren">
      {'★'.repeat(full)}
      {'☆'.repeat(5 - full)}{' '}
    </span>
  );
}
