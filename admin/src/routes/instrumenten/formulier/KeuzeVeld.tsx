import { Select, SelectOption } from '@utrecht/component-library-react';
import { Veld } from './Veld';

/** A labelled select; `leeg` is the first, empty choice. */
export function KeuzeVeld({ label, uitleg, fout, verplicht, waarde, leeg, opties, onChange, bezig }: {
  label: string;
  uitleg?: string;
  fout?: string;
  verplicht?: boolean;
  waarde: string;
  leeg?: string;
  opties: { code: string; naam: string }[];
  onChange: (code: string) => void;
  bezig?: boolean;
}) {
  return (
    <Veld label={label} uitleg={uitleg} fout={fout} verplicht={verplicht}>
      {({ inputId, describedBy }) => (
        <Select id={inputId} aria-describedby={describedBy} invalid={!!fout} busy={bezig} value={waarde} onChange={(e) => onChange(e.currentTarget.value)}>
          {leeg !== undefined && <SelectOption value="">{leeg}</SelectOption>}
          {opties.map((optie) => (
            <SelectOption key={optie.code} value={optie.code}>{optie.naam}</SelectOption>
          ))}
        </Select>
      )}
    </Veld>
  );
}
