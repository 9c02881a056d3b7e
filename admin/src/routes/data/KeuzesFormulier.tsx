import { Button, Fieldset, FieldsetLegend, FormField, FormFieldTextbox, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Gids } from '../../__generated__/graphql';
import { naarZoekParams, standaardPer, voorinstellingen, type Keuzes } from './keuzes';
import type { Namen } from './namen';

/**
 * The period (a ready-made one or vanaf / tot en met), the regio and the guide. Every choice goes into the URL,
 * so a view can be bookmarked or sent to a colleague.
 */
export function KeuzesFormulier({ keuzes, wijzig, namen }: { keuzes: Keuzes; wijzig: (w: Partial<Keuzes>) => void; namen: Namen }) {
  const [fout, setFout] = useState<string | null>(null);
  return (
    <div className="data-keuzes">
      <Fieldset>
        <FieldsetLegend>Periode</FieldsetLegend>
        <ul className="data-voorinstellingen">
          {voorinstellingen().map((v) => {
            const huidig = v.van === keuzes.van && v.tot === keuzes.tot;
            const params = naarZoekParams({ ...keuzes, van: v.van, tot: v.tot, per: standaardPer(v.van, v.tot) });
            return (
              <li key={v.label}>
                <RouterLink to={`?${params}`} className="utrecht-link" aria-current={huidig ? 'true' : undefined}>
                  {v.label}
                </RouterLink>
              </li>
            );
          })}
        </ul>
        <form
          key={`${keuzes.van}/${keuzes.tot}`}
          className="data-periode"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            const van = String(data.get('van') ?? '');
            const tot = String(data.get('tot') ?? '');
            if (!van || !tot) return setFout('Vul beide datums in.');
            if (tot < van) return setFout('De datum "tot en met" ligt vóór "vanaf". Kies een latere datum.');
            setFout(null);
            wijzig({ van, tot });
          }}
        >
          <FormFieldTextbox label="Vanaf" name="van" type="date" defaultValue={keuzes.van} required />
          <FormFieldTextbox label="Tot en met" name="tot" type="date" defaultValue={keuzes.tot} required errorMessage={fout ?? undefined} invalid={!!fout} />
          <Button type="submit" appearance="secondary-action-button">
            Toon deze periode
          </Button>
        </form>
      </Fieldset>
      <div className="data-keuzes__rij">
        <FormField>
          <Paragraph>
            <FormLabel htmlFor="data-regio">Regio</FormLabel>
          </Paragraph>
          <Select id="data-regio" value={keuzes.regio ?? ''} onChange={(e) => wijzig({ regio: e.target.value || null })}>
            {namen.eigenRegios === null && <SelectOption value="">Alle regio's</SelectOption>}
            {namen.regios.map((r) => (
              <SelectOption key={r.code} value={r.code}>
                {r.naam}
              </SelectOption>
            ))}
          </Select>
        </FormField>
        <FormField>
          <Paragraph>
            <FormLabel htmlFor="data-gids">Gids</FormLabel>
          </Paragraph>
          <Select id="data-gids" value={keuzes.gids} onChange={(e) => wijzig({ gids: e.target.value as Gids })}>
            <SelectOption value="EVA">Eva</SelectOption>
            <SelectOption value="DENNIS">Dennis</SelectOption>
          </Select>
        </FormField>
      </div>
    </div>
  );
}
