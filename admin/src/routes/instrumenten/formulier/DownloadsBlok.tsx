import { formatNumber } from '@instrumentengidsen/ui';
import { Button, FormFieldTextbox, Link } from '@utrecht/component-library-react';
import { useId, useRef, useState } from 'react';
import type { InstrumentFormulierFragment } from '../../../__generated__/graphql';
import { useRemoveDownloadFormulierMutation } from '../../../__generated__/hooks';
import { Blok } from './Blok';
import { BlokMelding } from './BlokMelding';
import { GekoppeldeLijst } from './GekoppeldeLijst';
import { useKoppelActie } from './koppel-actie';
import { ACCEPT, bestandProbleem, uploadDownload } from './upload';
import { Veld } from './Veld';

const grootte = (bytes: number) => (bytes < 1024 * 1024 ? `${formatNumber(Math.ceil(bytes / 1024))} kB` : `${formatNumber(Math.round(bytes / 1024 / 102.4) / 10)} MB`);

/** Downloads: a file (PDF, PNG, JPG, Office, at most 10 MB) checked before sending, uploaded with a progress bar. */
export function DownloadsBlok({ instrument, herlaad }: { instrument: InstrumentFormulierFragment; herlaad: () => Promise<unknown> }) {
  const id = useId();
  const actie = useKoppelActie(instrument);
  const [verwijder] = useRemoveDownloadFormulierMutation();
  const [label, setLabel] = useState('');
  const [bestand, setBestand] = useState<File | null>(null);
  const [probleem, setProbleem] = useState<string | null>(null);
  const [voortgang, setVoortgang] = useState<number | null>(null);
  const [klaar, setKlaar] = useState<string | null>(null);
  const invoer = useRef<HTMLInputElement>(null);
  return (
    <Blok titel="Downloads" uitleg="Een PDF, PNG, JPG, Word-, Excel-, PowerPoint- of ODT-bestand van hoogstens 10 MB.">
      <GekoppeldeLijst
        items={instrument.downloads}
        sleutel={(d) => d.id}
        naam={(d) => d.label}
        inhoud={(d) => (
          <>
            <Link href={d.url}>{d.label}</Link> ({d.bestandsnaam}, {grootte(d.grootte)})
          </>
        )}
        leeg="Nog geen downloads."
        bezig={actie.form.submitting}
        ontkoppel={(d) => void actie.voer(() => verwijder({ variables: { id: instrument.id, version: instrument.version, downloadId: d.id } }))}
      />
      <div className="koppel-formulier">
        <FormFieldTextbox label="Naam van de download" value={label} errorMessage={actie.fout('label')} invalid={!!actie.fout('label')}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => setLabel(e.currentTarget.value)}
        />
        <Veld label="Bestand" fout={probleem ?? actie.fout('bestandsnaam') ?? actie.fout('inhoud')}>
          {({ inputId, describedBy }) => (
            <input ref={invoer} id={inputId} type="file" accept={ACCEPT} aria-describedby={describedBy} className="bestand-invoer"
              onChange={(e) => {
                const gekozen = e.currentTarget.files?.[0] ?? null;
                setKlaar(null);
                setBestand(gekozen);
                setProbleem(gekozen && bestandProbleem(gekozen));
              }}
            />
          )}
        </Veld>
        {voortgang !== null && (
          <div className="upload-voortgang">
            <label htmlFor={`${id}-voortgang`}>Uploaden: {Math.round(voortgang * 100)}%</label>
            <progress id={`${id}-voortgang`} max={1} value={voortgang} />
          </div>
        )}
        <p role="status" className="upload-status">{klaar}</p>
        <Button appearance="secondary-action-button" disabled={actie.form.submitting}
          onClick={() => {
            const fout = bestand ? bestandProbleem(bestand) : 'Kies eerst een bestand.';
            setProbleem(fout);
            if (fout || !bestand) return;
            setVoortgang(0);
            void actie.voer(async () => {
              try {
                await uploadDownload({ id: instrument.id, version: instrument.version, label, bestand }, setVoortgang);
                await herlaad();
                setKlaar(`${bestand.name} is toegevoegd.`);
                setLabel('');
                setBestand(null);
                if (invoer.current) invoer.current.value = '';
              } finally {
                setVoortgang(null);
              }
            });
          }}
        >
          Upload bestand
        </Button>
      </div>
      <BlokMelding form={actie.form} herlaad={herlaad} />
    </Blok>
  );
}
