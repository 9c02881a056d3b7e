import { Paragraph } from '@utrecht/component-library-react';
import type { Gids, InstrumentFormulierFragment, InstrumentFormulierKeuzesQuery } from '../../../__generated__/graphql';
import { ContactpersonenBlok } from './ContactpersonenBlok';
import { DownloadsBlok } from './DownloadsBlok';
import { GebiedenBlok } from './GebiedenBlok';
import { KenmerkBlok } from './KenmerkBlok';
import { koppelingInput, youtubeId } from './koppelingen';
import { LijstBlok } from './LijstBlok';
import { LocatiesBlok } from './LocatiesBlok';
import { UITVOERINGSVORM } from './velden';
import { VideoVoorbeeld } from './VideoVoorbeeld';

type Onderdeel = `categorie:${string}` | 'contactpersonen' | 'locaties' | 'registratiecodes' | 'aanvullend' | 'gebieden' | 'overige';

/**
 * Stap 2 in the order of the Eva invoerwijzer ("Stap 2: koppelen instrument aan diverse kenmerken") and the
 * Dennis handleiding (2.5: gemeentes, regio's, doelgroep, tegels, doelgroepregister, dienstverband,
 * leeftijdsgroep; then links, downloads, video's). `overige`: a category added later, in the guide's order.
 */
const VOLGORDE: Record<Gids, Onderdeel[]> = {
  EVA: ['categorie:EVA_TEGEL', 'categorie:EVA_KLANTKENMERK', 'contactpersonen', 'categorie:EVA_GROEPSVORM', 'locaties', 'categorie:EVA_DOELGROEP', 'overige', 'registratiecodes', 'aanvullend', 'gebieden'],
  DENNIS: [
    'gebieden', 'categorie:DENNIS_DOELGROEP', 'categorie:DENNIS_TEGEL', 'categorie:DENNIS_DOELGROEPREGISTER', 'categorie:DENNIS_DIENSTVERBAND',
    'categorie:DENNIS_LEEFTIJDSGROEP', 'overige', 'contactpersonen', 'locaties', 'registratiecodes', 'aanvullend',
  ],
};

/** Needed before an Eva instrument can be published. */
const VERPLICHT = new Set(['EVA_TEGEL', 'EVA_KLANTKENMERK']);

export function Stap2Koppelingen({ instrument, categorieen, regios, herlaad }: {
  instrument: InstrumentFormulierFragment;
  categorieen: InstrumentFormulierKeuzesQuery['kenmerkCategorieen'];
  regios: { code: string; naam: string }[];
  herlaad: () => Promise<unknown>;
}) {
  const volgorde = VOLGORDE[instrument.gids];
  const genoemd = new Set(volgorde.filter((o) => o.startsWith('categorie:')).map((o) => o.slice('categorie:'.length)));
  const categorieBlok = (categorie: (typeof categorieen)[number]) => (
    <KenmerkBlok key={categorie.code} instrument={instrument} categorie={categorie} verplicht={VERPLICHT.has(categorie.code)} herlaad={herlaad} />
  );
  const props = { instrument, herlaad };
  const onderdeel = (o: Onderdeel) => {
    if (o.startsWith('categorie:')) {
      const categorie = categorieen.find((c) => c.code === o.slice('categorie:'.length));
      return categorie ? categorieBlok(categorie) : null;
    }
    switch (o) {
      case 'overige':
        return categorieen.filter((c) => !genoemd.has(c.code) && c.code !== UITVOERINGSVORM).map(categorieBlok);
      case 'contactpersonen':
        return <ContactpersonenBlok key={o} {...props} />;
      case 'locaties':
        return <LocatiesBlok key={o} {...props} />;
      case 'registratiecodes':
        return (
          <LijstBlok key={o} {...props} veld="registratiecodes" huidige={koppelingInput.registratiecodes(instrument)} titel="Registratiecodes"
            uitleg="De codes van het instrument in je eigen zaaksysteem, met een label." leeg="Nog geen registratiecodes."
            velden={[{ naam: 'code', label: 'Code' }, { naam: 'label', label: 'Label (niet verplicht)' }]} knop="Voeg registratiecode toe"
            naamVan={(r) => (r.label ? `${r.code} (${r.label})` : r.code)} nieuw={(w) => ({ code: w.code ?? '', label: w.label?.trim() || null })}
          />
        );
      case 'aanvullend':
        return (
          <div key={o} className="koppel-groep">
            <Paragraph className="koppel-groep__titel">Aanvullende inhoud: links, downloads en video's.</Paragraph>
            <LijstBlok {...props} veld="links" huidige={koppelingInput.links(instrument)} titel="Links" uitleg="Verwijzingen naar andere websites."
              leeg="Nog geen links." velden={[{ naam: 'label', label: 'Tekst van de link' }, { naam: 'url', label: 'Webadres', uitleg: 'Begint met https://' }]}
              knop="Voeg link toe" naamVan={(l) => l.label} nieuw={(w) => ({ label: w.label ?? '', url: w.url?.trim() ?? '' })}
            />
            <DownloadsBlok {...props} />
            <LijstBlok {...props} veld="videos" huidige={koppelingInput.videos(instrument)} titel="Video's"
              uitleg="Een YouTube-video: plak de link, of alleen de identifier (bij https://www.youtube.com/watch?v=rVsqEJhVLFM is dat rVsqEJhVLFM)."
              leeg="Nog geen video's." knop="Voeg video toe"
              velden={[{ naam: 'label', label: 'Titel van de video (niet verplicht)' }, { naam: 'youtube', label: 'YouTube-link of identifier' }]}
              naamVan={(v) => v.label || v.youtube}
              nieuw={(w) => ({ label: w.label?.trim() || null, youtube: youtubeId(w.youtube ?? '') ?? w.youtube ?? '' })}
              voorbeeld={(w) => {
                const id = youtubeId(w.youtube ?? '');
                if (!w.youtube?.trim()) return null;
                return id ? (
                  <div className="video-voorbeeld-blok">
                    <p>Identifier: <code>{id}</code></p>
                    <VideoVoorbeeld youtubeId={id} label={w.label?.trim() || 'voorbeeld'} />
                  </div>
                ) : (
                  <p className="video-voorbeeld-blok">Dit is geen YouTube-link of identifier.</p>
                );
              }}
            />
            {instrument.videos.length > 0 && (
              <div className="video-lijst">
                {instrument.videos.map((v) => <VideoVoorbeeld key={v.id} youtubeId={v.youtubeId} label={v.label ?? v.youtubeId} />)}
              </div>
            )}
          </div>
        );
      case 'gebieden':
        return <GebiedenBlok key={o} {...props} regios={regios} />;
    }
  };
  return <div className="stap2">{volgorde.map(onderdeel)}</div>;
}
