import { formatNumber } from '@instrumentengidsen/ui';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/*
 * The dashboard's charts. Each is a picture with a one-sentence text alternative (role="img"); the table below
 * it holds the same numbers and is the accessible form, so the chart itself is left out of the tab order.
 * Colours from the Okabe–Ito palette (distinguishable with colour blindness), lines also differ in dash.
 */

export const KLEUREN = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;
const STREPEN = ['', '6 3', '2 2', '8 3 2 3', '4 4', '1 3'] as const;

const afgekort = (tekst: string, lengte = 24) => (tekst.length > lengte ? `${tekst.slice(0, lengte - 1)}…` : tekst);
const getal = (waarde: unknown) => formatNumber(Number(waarde));

/** Horizontal bars for a top list: `label` along the side, `aantal` as the bar. */
export function Staafgrafiek({ beschrijving, rijen, decimalen = false }: { beschrijving: string; rijen: { label: string; aantal: number }[]; decimalen?: boolean }) {
  if (rijen.length === 0) return null;
  return (
    <div className="data-grafiek" role="img" aria-label={beschrijving} style={{ height: 40 + rijen.length * 28 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rijen} layout="vertical" accessibilityLayer={false} margin={{ left: 8, right: 16 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" allowDecimals={decimalen} tickFormatter={getal} />
          <YAxis type="category" dataKey="label" width={190} tickFormatter={(t: string) => afgekort(t)} interval={0} />
          <Tooltip formatter={getal} />
          <Bar dataKey="aantal" name="Aantal" fill={KLEUREN[0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export interface Reeks {
  sleutel: string;
  label: string;
}

/** A line per series over the periods (`x` on the horizontal axis, one number per series in each point). */
export function Lijngrafiek({ beschrijving, punten, reeksen }: { beschrijving: string; punten: Record<string, string | number>[]; reeksen: Reeks[] }) {
  if (punten.length === 0) return null;
  return (
    <div className="data-grafiek" role="img" aria-label={beschrijving} style={{ height: 320 }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={punten} accessibilityLayer={false} margin={{ left: 8, right: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="x" minTickGap={16} />
          <YAxis allowDecimals={false} tickFormatter={getal} width={56} />
          <Tooltip formatter={getal} />
          <Legend />
          {reeksen.map((reeks, i) => (
            <Line
              key={reeks.sleutel}
              dataKey={reeks.sleutel}
              name={reeks.label}
              stroke={KLEUREN[i % KLEUREN.length]}
              strokeDasharray={STREPEN[i % STREPEN.length]}
              strokeWidth={2}
              dot={punten.length <= 31}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
