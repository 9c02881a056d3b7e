import { formatEuro, formatNumber } from '@instrumentengidsen/ui';
import { DataList, DataListItem, DataListKey, DataListValue, Link } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { getFragmentData, type FragmentType } from '../../__generated__';
import { InstrumentGegevensFragmentDoc, type DuurEenheid } from '../../__generated__/graphql';
import { RichText } from '../RichText';

const EENHEID: Record<DuurEenheid, string> = { UUR: 'uur', DAG: 'dag(en)', WEEK: 'we(e)k(en)', MAAND: 'maand(en)' };

/** A labelled line of the instrumentenformat, left out when the beheerder filled nothing in. */
function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** The instrument's fields in the order of the instrumentenformat: aanbieder to registratiecodes. */
export function InstrumentGegevens(props: { instrument: FragmentType<typeof InstrumentGegevensFragmentDoc> }) {
  const i = getFragmentData(InstrumentGegevensFragmentDoc, props.instrument);
  const gebieden = i.beschikbareGebieden;
  return (
    <DataList>
      <Field label="Aanbieder">{i.aanbieder.website ? <Link href={i.aanbieder.website}>{i.aanbieder.naam}</Link> : i.aanbieder.naam}</Field>
      <Field label="Organisatie">{i.organisatie.naam}</Field>
      <Field label="Soort">{i.type === 'LEERWERKTRAJECT' ? 'Leerwerktraject' : null}</Field>
      <Field label="Doel">{i.doel}</Field>
      <Field label="Werkwijze">{i.werkwijze}</Field>
      <Field label="Onderscheidende aanpak">{i.onderscheidendeAanpak}</Field>
      <Field label="Beschrijving">{i.beschrijving && <RichText html={i.beschrijving} />}</Field>
      <Field label="Voorwaarden deelname">{i.voorwaardenDeelname}</Field>
      <Field label="Voorwaarden">{i.voorwaarden && <RichText html={i.voorwaarden} />}</Field>
      <Field label="Werkafspraken">{i.werkafspraken}</Field>
      <Field label="Samenwerkingspartners">{i.samenwerkingspartners}</Field>
      <Field label="Toelichting doelgroep">{i.toelichtingDoelgroep}</Field>
      <Field label="Aanvullende informatie">{i.aanvullendeInformatie}</Field>
      <Field label="Totale duur">{i.totaleDuur != null && i.duurEenheid ? `${formatNumber(i.totaleDuur)} ${EENHEID[i.duurEenheid]}` : null}</Field>
      <Field label="Toelichting duur">{i.toelichtingDuur}</Field>
      <Field label="Intensiteit">{i.intensiteit != null ? `${formatNumber(i.intensiteit)} uur per week` : null}</Field>
      <Field label="Toelichting intensiteit">{i.toelichtingIntensiteit}</Field>
      <Field label="Totale kosten">{i.totaleKosten != null ? formatEuro(i.totaleKosten) : null}</Field>
      <Field label="Toelichting kosten">{i.toelichtingKosten}</Field>
      <Field label="Aanmelden">{i.aanmeldinstructies}</Field>
      <Field label="Aanvragen">{i.aanvragen && <RichText html={i.aanvragen} />}</Field>
      <Field label="Beschikbaar in">
        {gebieden.landelijk ? 'Heel Nederland' : [...gebieden.regios, ...gebieden.gemeenten, ...gebieden.wijken].map((g) => g.naam).join(', ')}
      </Field>
      {i.kenmerken.map((groep) => (
        <Field key={groep.categorie.code} label={groep.categorie.naam}>
          {groep.kenmerken.map((k) => k.naam).join(', ')}
        </Field>
      ))}
      <Field label="Registratiecodes">{i.registratiecodes.map((r) => (r.label ? `${r.code} (${r.label})` : r.code)).join(', ')}</Field>
    </DataList>
  );
}
