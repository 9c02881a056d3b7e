import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { Link as RouterLink, useParams } from 'react-router';
import { getFragmentData } from '../../__generated__';
import { AanbiederVeldenFragmentDoc } from '../../__generated__/graphql';
import { useAanbiederInstrumentenQuery, useBeheerAanbiederQuery, useDeleteAanbiederMutation } from '../../__generated__/hooks';
import { RecordKop } from '../../components/RecordKop';
import { RecordLaden } from '../../components/RecordLaden';
import { RecordVerwijderen } from '../../components/RecordVerwijderen';
import { AanbiederContactpersonenBlok } from './AanbiederContactpersonenBlok';
import { AanbiederInstrumentenBlok } from './AanbiederInstrumentenBlok';
import { KoppelInstrument } from './KoppelInstrument';

/**
 * An aanbieder's page (handleiding 3.1): its gegevens, its contactpersonen, the instruments it has, "koppel
 * instrument", and delete (only when no instrument uses it any more: the confirmation names them).
 */
export function AanbiederPagina() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useBeheerAanbiederQuery({ variables: { id }, fetchPolicy: 'cache-and-network' });
  const instrumenten = useAanbiederInstrumentenQuery({ variables: { aanbiederId: id }, fetchPolicy: 'cache-and-network' });
  const [remove] = useDeleteAanbiederMutation();
  const aanbieder = data && getFragmentData(AanbiederVeldenFragmentDoc, data.aanbieder);
  const gebruikt = instrumenten.data?.mijnInstrumenten.nodes ?? [];
  return (
    <RecordLaden loading={loading} error={error} record={aanbieder} wat="Aanbieder">
      {(a) => (
        <>
          <RecordKop titel={a.naam} terug={{ naar: '/aanbieders', label: 'Aanbieders' }} />
          <dl className="aanbieder-gegevens">
            <dt>Organisatie</dt>
            <dd>{a.organisatie.naam}</dd>
            <dt>Website</dt>
            <dd>{a.website ?? '–'}</dd>
            <dt>E-mailadres</dt>
            <dd>{a.email ?? '–'}</dd>
            <dt>Telefoonnummer</dt>
            <dd>{a.telefoon ?? '–'}</dd>
          </dl>
          <Paragraph>
            <RouterLink to="bewerken" relative="path" className="utrecht-link">
              Gegevens bewerken
            </RouterLink>
          </Paragraph>

          <section className="record-blok" aria-labelledby="aanbieder-contactpersonen">
            <Heading2 id="aanbieder-contactpersonen">Contactpersonen</Heading2>
            {data && <AanbiederContactpersonenBlok aanbieder={data.aanbieder} onHerladen={refetch} />}
          </section>

          <section className="record-blok" aria-labelledby="aanbieder-instrumenten">
            <Heading2 id="aanbieder-instrumenten">Instrumenten</Heading2>
            <AanbiederInstrumentenBlok query={instrumenten} />
          </section>

          <section className="record-blok" aria-labelledby="aanbieder-koppel">
            <Heading2 id="aanbieder-koppel">Koppel instrument</Heading2>
            <KoppelInstrument aanbiederId={a.id} onGekoppeld={() => instrumenten.refetch()} />
          </section>

          <RecordVerwijderen
            knop="Aanbieder verwijderen"
            titel="Aanbieder verwijderen?"
            onVerwijder={() => remove({ variables: { id: a.id, version: a.version } })}
            onHerladen={refetch}
            naar="/aanbieders"
            melding={`Aanbieder ${a.naam} is verwijderd. Je vindt hem in de prullenbak.`}
          >
            {gebruikt.length
              ? `Deze aanbieder wordt nog gebruikt door ${gebruikt.map((i) => i.naam).join(', ')}. Verwijderen kan pas als je die instrumenten aan een andere aanbieder koppelt.`
              : `Weet je zeker dat je ${a.naam} wilt verwijderen? De aanbieder gaat met zijn contactpersonen naar de prullenbak.`}
          </RecordVerwijderen>
        </>
      )}
    </RecordLaden>
  );
}
