import type { ReactNode } from 'react';

/**
 * What is linked in one block, each item with the cross that unlinks it (handleiding 2.5, "verwijder bestaande
 * kenmerken met het kruisje"); the button's name says what it removes.
 */
export function GekoppeldeLijst<T>({ items, sleutel, naam, inhoud, leeg, ontkoppel, bezig }: {
  items: T[];
  sleutel: (item: T) => string;
  /** For the cross: "Ontkoppel <naam>". */
  naam: (item: T) => string;
  inhoud?: (item: T) => ReactNode;
  leeg: string;
  ontkoppel: (item: T) => void;
  bezig?: boolean;
}) {
  if (!items.length) return <p className="gekoppeld-leeg">{leeg}</p>;
  return (
    <ul className="gekoppeld">
      {items.map((item) => (
        <li key={sleutel(item)} className="gekoppeld__item">
          <span className="gekoppeld__inhoud">{inhoud ? inhoud(item) : naam(item)}</span>
          <button type="button" className="gekoppeld__kruis" title={`Ontkoppel ${naam(item)}`} disabled={bezig} onClick={() => ontkoppel(item)}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">Ontkoppel {naam(item)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
