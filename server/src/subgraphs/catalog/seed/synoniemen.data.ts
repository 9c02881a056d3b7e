/**
 * The search's default domain synonyms: words from the Eva handreikingen, the Dennis handleiding, the
 * Werklandschap and the demo vocabulary (demo-namen.data.ts) that a klantmanager or adviseur uses for the same
 * thing, mostly an abbreviation and what it stands for, or two spellings. Only words that really are
 * interchangeable when searching: a broader or related word (coaching, training) belongs in no group.
 * Seeded once into an empty table (synoniemen.seed.ts); after that the landelijk beheerder keeps them.
 * Terms as the API stores them: one word each, lower case.
 */
export interface SynoniemgroepSeed {
  termen: string[];
  toelichting: string;
}

export const SYNONIEMGROEPEN: SynoniemgroepSeed[] = [
  { termen: ['nt2', 'taal', 'taalcursus', 'taaltraining'], toelichting: 'NT2 is Nederlands als tweede taal: wie taal of taalcursus zoekt, bedoelt meestal een NT2-cursus.' },
  { termen: ['wep', 'werkervaringsplaats', 'werkervaringsplek'], toelichting: 'WEP is de afkorting; plaats en plek worden allebei gebruikt.' },
  { termen: ['re-integratie', 'reintegratie', 'reïntegratie'], toelichting: 'Drie spellingen van hetzelfde woord.' },
  { termen: ['jobcoach', 'jobcoaching'], toelichting: 'De jobcoach geeft jobcoaching: wie de een zoekt, zoekt de ander.' },
  { termen: ['schuldhulp', 'schuldhulpverlening', 'schuldsanering'], toelichting: 'Schuldhulp is de korte vorm van schuldhulpverlening; schuldsanering is er een vorm van.' },
  { termen: ['lks', 'loonkostensubsidie'], toelichting: 'LKS is de afkorting van loonkostensubsidie (Participatiewet).' },
  { termen: ['lkv', 'loonkostenvoordeel'], toelichting: 'LKV is de afkorting van loonkostenvoordeel.' },
  { termen: ['bbl', 'beroepsbegeleidende', 'leerbaan'], toelichting: 'BBL is de beroepsbegeleidende leerweg in het mbo: leren en werken tegelijk, op een leerbaan.' },
  { termen: ['bol', 'beroepsopleidende'], toelichting: 'BOL is de beroepsopleidende leerweg in het mbo: vooral naar school, met stage.' },
  { termen: ['mbo', 'beroepsonderwijs'], toelichting: 'Mbo is middelbaar beroepsonderwijs.' },
  { termen: ['zrm', 'zelfredzaamheidsmatrix', 'zelfredzaamheidmatrix'], toelichting: 'ZRM is de Zelfredzaamheidsmatrix; de bronnen schrijven hem met en zonder s.' },
  { termen: ['cv', 'curriculum'], toelichting: 'Cv is de afkorting van curriculum vitae.' },
  { termen: ['pw', 'participatiewet'], toelichting: 'PW is de afkorting van de Participatiewet.' },
  { termen: ['wsw', 'sw', 'werkvoorziening'], toelichting: 'De Wet sociale werkvoorziening (Wsw) en het sw-bedrijf: de sociale werkvoorziening.' },
  { termen: ['wsp', 'werkgeversservicepunt', 'werkgeverspunt'], toelichting: 'Het Werkgeversservicepunt (WSP) van de arbeidsmarktregio heet ook werkgeverspunt.' },
  { termen: ['uwv', 'uitvoeringsinstituut'], toelichting: 'UWV is het Uitvoeringsinstituut Werknemersverzekeringen.' },
  { termen: ['ww', 'werkloosheidswet', 'werkloosheidsuitkering'], toelichting: 'De WW is de Werkloosheidswet en de uitkering die daaruit volgt.' },
  { termen: ['bijstand', 'bijstandsuitkering'], toelichting: 'Bijstand is de bijstandsuitkering uit de Participatiewet.' },
  { termen: ['evc', 'ervaringscertificaat'], toelichting: 'EVC is de erkenning van verworven competenties; wie het doorloopt, krijgt een ervaringscertificaat.' },
  { termen: ['no-riskpolis', 'noriskpolis', 'no-risk-polis'], toelichting: 'Drie spellingen van de no-riskpolis van UWV.' },
  { termen: ['proefplaatsing', 'proefplaats', 'proefdraaien'], toelichting: 'Een proefplaatsing is werken op een proefplaats (proefdraaien), met behoud van uitkering.' },
  { termen: ['zzp', 'zzper', 'zelfstandige'], toelichting: 'Een zzp’er is een zelfstandige zonder personeel.' },
  { termen: ['statushouder', 'vergunninghouder'], toelichting: 'Twee woorden voor een vluchteling met een verblijfsvergunning.' },
  { termen: ['werkzoekende', 'werkzoeker', 'baanzoeker'], toelichting: 'Iemand die werk zoekt.' },
  { termen: ['50-plusser', '50plusser', 'vijftigplusser'], toelichting: 'Drie spellingen voor werkzoekenden van 50 jaar en ouder.' },
  { termen: ['laaggeletterdheid', 'laaggeletterd', 'laaggeletterde'], toelichting: 'Vormen van hetzelfde woord: moeite met lezen en schrijven.' },
  { termen: ['stage', 'stageplek', 'stageplaats'], toelichting: 'Een stage is werken en leren op een stageplek of stageplaats.' },
  { termen: ['leerwerkplek', 'leerwerkplaats', 'leerwerktraject'], toelichting: 'Plek en plaats worden allebei gebruikt; op de leerwerkplek volg je een leerwerktraject.' },
  { termen: ['budgetcoaching', 'budgetbegeleiding', 'budgetbeheer'], toelichting: 'Hulp bij het beheren van geld, met andere woorden.' },
  { termen: ['inburgering', 'inburgeringstraject'], toelichting: 'Het inburgeringstraject is de weg naar inburgering.' },
  { termen: ['taalmaatje', 'taalcoach', 'taalvrijwilliger'], toelichting: 'Een taalmaatje is een vrijwilliger die je helpt met de Nederlandse taal.' },
  { termen: ['beroepskeuze', 'beroepentest', 'beroepskeuzetest'], toelichting: 'Een beroepentest helpt bij de keuze van een beroep.' },
];
