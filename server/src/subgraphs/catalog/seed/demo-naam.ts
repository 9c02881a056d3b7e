import type { Random } from '../../../core/random.js';
import { DENNIS_DOELGROEPEN, DENNIS_TEGELS, EVA_DOELGROEPEN, EVA_TEGELS, SECTOREN, type Doelgroep, type Sector, type TegelVocabulaire } from './demo-namen.data.js';

export interface Plaats {
  naam: string;
  regio: boolean;
}

export interface NaamKeuze {
  naam: string;
  tegel: TegelVocabulaire;
  doelgroep: Doelgroep | null;
  sector: Sector | null;
  plaats: Plaats | null;
}

/** Draws per instrument: a name already given is drawn again, so a few thousand instruments have (almost) no twins. */
const ATTEMPTS = 6;
const STOPWOORDEN = new Set(['voor', 'met', 'bij', 'een', 'via', 'het', 'de', 'in']);

export const tegelVocabulaire = (eva: boolean, tegel: string): TegelVocabulaire => {
  const vocabulaire = (eva ? EVA_TEGELS : DENNIS_TEGELS)[tegel];
  if (!vocabulaire) throw new Error(`no demo vocabulary for tegel ${tegel}`);
  return vocabulaire;
};

/** The instrument kinds a name of this tegel starts with. */
export const soortenVan = (eva: boolean, tegel: string): string[] => {
  const { sectoraal, algemeen } = tegelVocabulaire(eva, tegel);
  return [...sectoraal, ...algemeen];
};

const herhalingen = new Map<string, Map<string, boolean>>();

/** "Stageplaatsen voor jongeren" needs no "voor jongeren", "Praktijkleren BBL" no "met BBL-contract" (remembered: it is asked per draw). */
function herhaalt(soort: string, toevoeging: string): boolean {
  let perSoort = herhalingen.get(toevoeging);
  if (!perSoort) herhalingen.set(toevoeging, (perSoort = new Map()));
  let antwoord = perSoort.get(soort);
  if (antwoord === undefined) {
    antwoord = toevoeging.toLowerCase().split(/[^\p{L}0-9]+/u).some((woord) => woord.length > 2 && !STOPWOORDEN.has(woord) && soort.toLowerCase().includes(woord));
    perSoort.set(soort, antwoord);
  }
  return antwoord;
}

function metPlaats(naam: string, plaats: Plaats): string {
  const waar = plaats.regio ? `regio ${plaats.naam}` : plaats.naam;
  return naam.includes(' in ') ? `${naam} (${waar})` : `${naam} in ${plaats.regio ? 'de ' : ''}${waar}`;
}

/**
 * Names demo instruments like a real guide: a soort of the instrument's first tegel ("Werkervaringsplaats"),
 * optionally narrowed by a sector ("in de zorg"), a doelgroep ("voor jongeren") and one of the places the instrument
 * is offered in. Deterministic: the choices come from the generator's Random, in a fixed order.
 */
export class InstrumentNamen {
  private readonly gegeven = new Map<string, number>();

  constructor(private readonly rng: Random) {}

  kies(eva: boolean, tegelCode: string, plaatsen: readonly Plaats[]): NaamKeuze {
    const tegel = tegelVocabulaire(eva, tegelCode);
    const doelgroepen = eva ? EVA_DOELGROEPEN : DENNIS_DOELGROEPEN;
    let beste: NaamKeuze | null = null;
    let besteAantal = Infinity;
    for (let poging = 0; poging < ATTEMPTS && besteAantal > 0; poging++) {
      const keuze = this.trek(tegel, doelgroepen, plaatsen, poging === 0 ? 0.35 : 0.8);
      const aantal = this.gegeven.get(keuze.naam) ?? 0;
      if (aantal < besteAantal) [beste, besteAantal] = [keuze, aantal];
    }
    this.gegeven.set(beste!.naam, besteAantal + 1);
    return beste!;
  }

  private trek(tegel: TegelVocabulaire, doelgroepen: readonly Doelgroep[], plaatsen: readonly Plaats[], plaatsKans: number): NaamKeuze {
    const rng = this.rng;
    const index = rng.int(0, tegel.sectoraal.length + tegel.algemeen.length - 1);
    const soort = index < tegel.sectoraal.length ? tegel.sectoraal[index]! : tegel.algemeen[index - tegel.sectoraal.length]!;
    const sectorKandidaat = index < tegel.sectoraal.length && rng.chance(0.55) ? rng.pick(SECTOREN) : null;
    const sector = sectorKandidaat && !herhaalt(soort, sectorKandidaat.tekst) ? sectorKandidaat : null;
    const doelgroepKandidaat = rng.chance(0.45) ? rng.pick(doelgroepen) : null;
    const doelgroep = doelgroepKandidaat && !herhaalt(soort, doelgroepKandidaat.tekst) ? doelgroepKandidaat : null;
    const plaats = plaatsen.length && rng.chance(plaatsKans) ? rng.pick(plaatsen) : null;
    let naam = [soort, sector?.tekst, doelgroep?.tekst].filter(Boolean).join(' ');
    if (plaats) naam = metPlaats(naam, plaats);
    return { naam, tegel, doelgroep, sector, plaats };
  }
}
