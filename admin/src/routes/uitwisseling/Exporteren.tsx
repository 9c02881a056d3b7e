import { FormField, FormLabel, Heading2, LinkList, LinkListLink, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { OrganisatieVeld } from '../../components/OrganisatieKeuze';

/** The gateway's streamed download (`/export/instrumenten.json|csv`) of a selection, as plain links. */
function downloadUrl(formaat: 'json' | 'csv', organisatieId: string, gids: string): string {
  const query = new URLSearchParams();
  if (organisatieId) query.set('organisatieId', organisatieId);
  if (gids) query.set('gids', gids);
  const search = query.toString();
  return `/export/instrumenten.${formaat}${search ? `?${search}` : ''}`;
}

/** "Exporteren": pick organisatie and gids, then download the file to import elsewhere (JSON) or to read (CSV). */
export function Exporteren() {
  const [organisatieId, setOrganisatieId] = useState('');
  const [gids, setGids] = useState('');
  return (
    <section aria-labelledby="exporteren">
      <Heading2 id="exporteren">Exporteren</Heading2>
      <Paragraph>Download de instrumenten als bestand. Het JSON-bestand kun je hier of in een andere omgeving weer importeren; het CSV-bestand is om te lezen in een spreadsheet.</Paragraph>
      <div className="uitwisseling-keuze">
        <OrganisatieVeld id="export-organisatie" label="Organisatie" waarde={organisatieId} onWaarde={setOrganisatieId} leeg="Al mijn organisaties" />
        <FormField
          label={<FormLabel htmlFor="export-gids">Gids</FormLabel>}
          input={
            <Select id="export-gids" value={gids} onChange={(event) => setGids(event.currentTarget.value)}>
              <SelectOption value="">Beide gidsen</SelectOption>
              <SelectOption value="EVA">Eva (werkzoekenden)</SelectOption>
              <SelectOption value="DENNIS">Dennis (werkgevers)</SelectOption>
            </Select>
          }
        />
      </div>
      <LinkList>
        <LinkListLink href={downloadUrl('json', organisatieId, gids)} download>
          Download als JSON (om te importeren)
        </LinkListLink>
        <LinkListLink href={downloadUrl('csv', organisatieId, gids)} download>
          Download als CSV (om te lezen)
        </LinkListLink>
      </LinkList>
    </section>
  );
}
