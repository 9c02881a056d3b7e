import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Alert, DataList, DataListItem, DataListKey, DataListValue, Heading1, Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { RichText } from '../components/RichText';
import { InstrumentDetailDocument, type DuurEenheid } from '../__generated__/graphql';

const EENHEID: Record<DuurEenheid, string> = { UUR: 'uur', DAG: 'dag(en)', WEEK: 'we(e)k(en)', MAAND: 'maand(en)' };
const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

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

/** Everything about one instrument, in the order of the instrumentenformat. */
export function InstrumentDetail() {
  const { id = '' } = useParams();
  const { data, error, loading } = useQuery(InstrumentDetailDocument, { variables: { id } });
  if (loading) return <Paragraph>Instrument laden…</Paragraph>;
  const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.code : undefined;
  if (!data?.instrument) {
    return code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? (
      <Alert>Dit instrument bestaat niet (meer).</Alert>
    ) : (
      <Alert type="error">Het instrument kon niet worden geladen. Probeer het later opnieuw.</Alert>
    );
  }
  const i = data.instrument;
  const gebieden = i.beschikbareGebieden;
  return (
    <article>
      <Paragraph>
        <RouterLink to={`/?gids=${i.gids.toLowerCase()}`} className="utrecht-link">
          Terug naar zoeken
        </RouterLink>
      </Paragraph>
      <Heading1>{i.naam}</Heading1>
      <Paragraph lead>{i.samenvatting ?? i.korteBeschrijving}</Paragraph>
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
        <Field label="Totale duur">{i.totaleDuur != null && i.duurEenheid ? `${i.totaleDuur.toLocaleString('nl-NL')} ${EENHEID[i.duurEenheid]}` : null}</Field>
        <Field label="Toelichting duur">{i.toelichtingDuur}</Field>
        <Field label="Intensiteit">{i.intensiteit != null ? `${i.intensiteit.toLocaleString('nl-NL')} uur per week` : null}</Field>
        <Field label="Toelichting intensiteit">{i.toelichtingIntensiteit}</Field>
        <Field label="Totale kosten">{i.totaleKosten != null ? euro.format(Number(i.totaleKosten)) : null}</Field>
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
      {i.contactpersonen.length > 0 && (
        <>
          <Heading2>Contactpersonen</Heading2>
          <UnorderedList>
            {i.contactpersonen.map(({ soort, label, contactpersoon: c }) => (
              <UnorderedListItem key={c.id}>
                {c.naam} ({soort === 'INTERN' ? 'intern' : 'extern'}
                {label ? `, ${label}` : ''})
                {c.telefoon && <> · <Link href={`tel:${c.telefoon}`}>{c.telefoon}</Link></>}
                {c.email && <> · <Link href={`mailto:${c.email}`}>{c.email}</Link></>}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {i.locaties.length > 0 && (
        <>
          <Heading2>Locaties</Heading2>
          <UnorderedList>
            {i.locaties.map((l) => (
              <UnorderedListItem key={l.id}>
                {l.naam}
                {l.adres && `, ${l.adres.straat} ${l.adres.huisnummer}, ${l.adres.postcode} ${l.adres.plaats}`}
                {!l.inGebruik && ' (nu niet in gebruik)'}
                {l.beschrijving && ` · ${l.beschrijving}`}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      {(i.links.length > 0 || i.videos.length > 0) && (
        <>
          <Heading2>Meer informatie</Heading2>
          <UnorderedList>
            {i.links.map((l) => (
              <UnorderedListItem key={l.id}>
                <Link href={l.url}>{l.label}</Link>
              </UnorderedListItem>
            ))}
            {i.videos.map((v) => (
              <UnorderedListItem key={v.id}>
                <Link href={`https://www.youtube-nocookie.com/watch?v=${encodeURIComponent(v.youtubeId)}`}>Video: {v.label ?? 'bekijk op YouTube'}</Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </article>
  );
}
