/**
 * Vocabulary for demo instrument names and the texts that go with them, per tegel of the werklandschap (after the
 * "voorbeelden van instrumenten" of the Eva handreiking and the tools per tegel of the Werklandschap). A name is a
 * soort of its first tegel, optionally narrowed by a sector, a doelgroep and a place; see demo-naam.ts.
 * No '&' or '<' anywhere: the texts go into HTML fields as they are.
 */

export interface TegelVocabulaire {
  /** Instrument kinds that can also be offered per sector ("Werkervaringsplaats in de zorg"). */
  sectoraal: string[];
  /** Instrument kinds that make no sense per sector ("Budgetcoaching"). */
  algemeen: string[];
  /** What such an instrument is about: opens the samenvatting, and feeds werkwijze. */
  zinnen: string[];
  doelen: string[];
  /** Eva's uitvoeringsvormen that suit the tegel: one of them is always among the instrument's kenmerken. */
  uitvoering?: string[];
}

export const EVA_TEGELS: Record<string, TegelVocabulaire> = {
  EW01: {
    sectoraal: [],
    algemeen: ['Aanmeldpunt werk', 'Eerste gesprek werk en inkomen', 'Snelle start', 'Welkomstgesprek', 'Inloopspreekuur werk', 'Warme overdracht sociaal domein', 'Startgesprek', 'Signaleren laaggeletterdheid', 'Meldpunt schulden en werk', 'Huisbezoek nieuwe aanvraag', 'Wijkspreekuur werk en participatie', 'Startbijeenkomst nieuwe uitkering'],
    zinnen: ['Bij de melding maken we kennis en brengen we je vraag in kaart.', 'Je krijgt binnen een week een eerste gesprek met een klantmanager.', 'We kijken samen wat er nodig is om een goede start te maken.', 'Signalen, bijv. over schulden of taal, worden meteen opgepakt.'],
    doelen: ['Je weet bij wie je terecht kunt en wat de volgende stap is.', 'Je hulpvraag is duidelijk en vastgelegd.'],
    uitvoering: ['UV10', 'UV05'],
  },
  EW02: {
    sectoraal: ['Praktijkassessment', 'Arbeidsfit-test'],
    algemeen: ['Zelfredzaamheidsmatrix (ZRM)', 'Psychodiagnostisch onderzoek', 'Competentietest', 'Capaciteitentest', 'Belastbaarheidsonderzoek', 'Arbeidsdeskundig onderzoek', 'Intake en klantbeeld', 'Werkfit-scan', 'Taaltoets NT2', 'Verdiepende diagnose', 'Leervermogentest', 'Levensgebiedenscan'],
    zinnen: ['Met een gevalideerde test brengen we je mogelijkheden en belemmeringen in kaart.', 'Een onderzoeker bespreekt de uitkomsten met jou en de klantmanager.', 'We kijken naar je vaardigheden, je motivatie en wat je belemmert.', 'De uitkomst vult het klantbeeld aan.'],
    doelen: ['Het klantbeeld is compleet en actueel.', 'Je weet welke stappen haalbaar zijn en wat je eerst aanpakt.'],
    uitvoering: ['UV06', 'UV05'],
  },
  EW03: {
    sectoraal: [],
    algemeen: ['Schuldhulpverlening', 'Schuldhulpverlening: budgetcoaching', 'Uitkomen met inkomen', 'Vrijwilligerswerk op maat', 'Dagbesteding', 'Taalmaatje', 'Digitale vaardigheden voor iedereen', 'Stress-sensitieve begeleiding', 'Voorzieningencheck', 'Mantelzorgondersteuning', 'Fietsles', 'Meedoen in de buurt', 'Rekenen in het dagelijks leven', 'Taalcafé', 'Sporten en bewegen'],
    zinnen: ['Je werkt aan een stabiele basis: geld, gezondheid en meedoen.', 'Een vrijwilliger of coach helpt je met praktische zaken.', 'Je oefent taal, rekenen of digitale vaardigheden in je eigen tempo.', 'Als je schulden hebt, zoeken we samen naar rust in je geldzaken.'],
    doelen: ['Je financiële situatie is stabiel.', 'Je doet mee in de samenleving, bijv. als vrijwilliger.', 'Je hebt meer rust en overzicht in je leven.'],
    uitvoering: ['UV04', 'UV11', 'UV07', 'UV09'],
  },
  EW04: {
    sectoraal: ['Werkervaringsplaats', 'Werkfit-traject', 'Jobcoaching', 'Taalcursus NT2 op de werkvloer', 'Activeringstraject'],
    algemeen: ['Sollicitatietraining', 'Training werknemersvaardigheden', 'Empowermenttraining', 'Cv-training', 'Presentatietraining', 'Mindfulnesstraining', 'Sociale vaardigheidstraining', 'Wandelcoaching', 'Netwerktraining', 'Sollicitatiecoaching'],
    zinnen: ['Je werkt aan de vaardigheden die je op het werk nodig hebt, zoals op tijd komen en samenwerken.', 'Je oefent o.a. met sollicitatiegesprekken en het schrijven van een cv.', 'Je bouwt aan zelfvertrouwen en motivatie.', 'Een coach helpt je, bijv. bij het maken van een planning.'],
    doelen: ['Je bent klaar om te solliciteren.', 'Je kunt zelfstandig een werkdag volhouden.', 'Je hebt meer zelfvertrouwen.'],
    uitvoering: ['UV07', 'UV01', 'UV04'],
  },
  EW05: {
    sectoraal: ['Snuffelstage', 'Bedrijfsbezoek', 'Meeloopdag', 'Oriëntatiestage', 'Beroepenmarkt'],
    algemeen: ['Loopbaanoriëntatie', 'In-werkweek', 'Arbeidsmarktoriëntatie', 'Interessetest en loopbaangesprek', 'Loopbaancoaching', 'Beroepentest', 'Oriëntatie op werk'],
    zinnen: ['Je maakt kennis met verschillende beroepen en bedrijven.', 'Je ontdekt wat je goed kunt en wat je leuk vindt.', 'Je kijkt een dag mee op een echte werkplek.', 'Een loopbaancoach bespreekt met je welk werk bij je past.'],
    doelen: ['Je weet welk werk bij je past.', 'Je hebt een beeld van de kansen op de arbeidsmarkt.'],
    uitvoering: ['UV06', 'UV07'],
  },
  EW06: {
    sectoraal: ['Leerwerktraject', 'BBL-traject', 'Praktijkleren in het mbo', 'Vakopleiding', 'Praktijkverklaring'],
    algemeen: ['VCA-cursus', 'Heftruckcertificaat', 'Lasopleiding', 'Opleiding ICT', 'Inburgering en werk', 'EVC-traject', 'Scholingsvoucher', 'Edu-badges', 'Rijbewijs C-opleiding', 'Entreeopleiding'],
    zinnen: ['Je haalt een erkend certificaat of diploma.', 'Het programma combineert leren en werken.', 'Je leert in de praktijk, met een vaste werkbegeleider.', 'Je werkt toe naar een examen.'],
    doelen: ['Je hebt een erkend certificaat behaald.', 'Je hebt een startkwalificatie of praktijkverklaring.'],
    uitvoering: ['UV02', 'UV03', 'UV01'],
  },
  EW07: {
    sectoraal: ['Banenmarkt', 'Speeddates met werkgevers', 'Matchingsoverleg', 'Sollicitatiebegeleiding', 'Open hiring', 'Jobhunting'],
    algemeen: ['Bemiddeling via het WerkgeversServicePunt', 'Vacaturebank', 'Verkennend gesprek met werkgever', 'Begeleiding bij het sollicitatiegesprek', 'Kandidaatpresentatie'],
    zinnen: ['We koppelen je aan vacatures die bij je passen.', 'Je ontmoet werkgevers die op zoek zijn naar personeel.', 'Een bemiddelaar gaat mee naar het sollicitatiegesprek.', 'Het WerkgeversServicePunt zoekt actief met je mee.'],
    doelen: ['Na afloop heb je een betaalde baan of een vaste werkervaringsplek.', 'Je hebt gesprekken gevoerd met werkgevers die bij je passen.'],
    uitvoering: ['UV12'],
  },
  EW08: {
    sectoraal: ['Proefplaatsing', 'Jobcoaching bij plaatsing', 'Praktijkroute', 'Detacheringsbaan'],
    algemeen: ['Loonkostensubsidie', 'Werkplekaanpassing', 'No-riskpolis', 'Startersbegeleiding nieuwe baan', 'Loonwaardebepaling', 'Reiskostenvergoeding eerste maanden'],
    zinnen: ['Je gaat echt aan de slag bij een werkgever.', 'De werkgever krijgt ondersteuning bij het inwerken.', 'De werkplek wordt zo nodig aangepast.', 'De werkgever betaalt minder loon zolang je nog leert.'],
    doelen: ['Je hebt een betaalde baan met een contract.', 'De werkgever kan de nieuwe medewerker goed begeleiden.'],
    uitvoering: ['UV08', 'UV07', 'UV11'],
  },
  EW09: {
    sectoraal: ['Nazorg na plaatsing', 'Jobcoaching nazorg', 'Begeleiding werkbehoud'],
    algemeen: ['Ondersteuning werkgever', 'Duurzame inzetbaarheid', 'Terugvalpreventie', 'Loopbaancheck na een jaar', 'Nazorggesprekken', 'Coaching eerste jaar werk'],
    zinnen: ['De begeleiding stopt niet op de eerste werkdag.', 'Een coach houdt contact met jou en je werkgever.', 'Problemen op het werk worden vroeg opgepakt.', 'Na een paar maanden volgt een evaluatiegesprek.'],
    doelen: ['Je houdt je werk langer vast.', 'De plaatsing is duurzaam.'],
    uitvoering: ['UV07'],
  },
};

export const DENNIS_TEGELS: Record<string, TegelVocabulaire> = {
  DW01: {
    sectoraal: ['Duurzame inzetbaarheid', 'Van werk naar werk', 'Vitaliteitsprogramma'],
    algemeen: ['Vitaliteitsscan', 'Scholingsbudget werknemers', 'Schuldhulp voor werknemers', 'Taal op de werkvloer', 'Rekenen op de werkvloer', 'Vraagbaak personeelsvraagstukken', 'Mobiliteitsadvies'],
    zinnen: ['De werkgever houdt zijn personeel gezond en inzetbaar.', 'Werknemers met schulden of taalproblemen krijgen op tijd hulp.', 'De werkgever krijgt advies over de vier routes naar duurzame inzetbaarheid.'],
    doelen: ['Werknemers vallen minder snel uit.', 'De werkgever behoudt goed personeel.'],
  },
  DW02: {
    sectoraal: ['Accountmanager werkgevers', 'Arbeidsmarktadvies', 'Bedrijfsbezoek en adviesgesprek'],
    algemeen: ['Werkgeversservicepunt', 'Personeelsvraagstukken', 'Social Return advies', 'Marktbewerkingsplan', 'Werkgeversontbijt', 'Subsidiecheck werkgevers'],
    zinnen: ['De werkgever heeft één vast aanspreekpunt bij de overheid.', 'Een accountmanager brengt de personeelsvraag van het bedrijf in kaart.', 'De werkgever hoort welke subsidies en instrumenten er zijn.'],
    doelen: ['De werkgever weet welke ondersteuning er is.', 'Er is een goede relatie tussen werkgever en WSP.'],
  },
  DW03: {
    sectoraal: ['Inclusief ondernemen', 'Jobcarving', 'Open hiring', 'Stageplaatsen voor jongeren'],
    algemeen: ['Prestatieladder Sociaal Ondernemen', 'Inclusief HR-beleid', 'SROI-advies', 'Inclusieve missie', 'Mantelzorgvriendelijk werkgeverschap'],
    zinnen: ['De werkgever oriënteert zich op inclusief ondernemen.', 'Voorbeelden van andere bedrijven laten zien wat mogelijk is.', 'Samen met de werkgever maken we een stappenplan.'],
    doelen: ['De werkgever heeft een haalbaar plan voor inclusief werkgeverschap.', 'De werkgever weet welke functies geschikt zijn.'],
  },
  DW04: {
    sectoraal: ['Sectorplan scholing', 'Praktijkleren BBL', 'Opleidingssubsidie'],
    algemeen: ['Training leidinggeven aan inclusie', 'Mentorwijs', 'HARRIE-training', 'Begeleidingstraining voor collega’s', 'Ontwikkelingsgericht leidinggeven', 'Training werkbegeleider'],
    zinnen: ['Leidinggevenden leren hoe ze nieuwe medewerkers goed begeleiden.', 'Collega’s leren omgaan met een beperking van een nieuwe medewerker.', 'De werkgever investeert in de kennis van zijn personeel.'],
    doelen: ['De werkgever is toegerust om kandidaten goed te begeleiden.', 'Werkbegeleiders zijn gecertificeerd.'],
  },
  DW05: {
    sectoraal: ['Individuele Plaatsing en Steun (IPS)', 'Jobcoaching werkgever'],
    algemeen: ['Draagvlakonderzoek', 'Teamtraining nieuwe collega', 'Inclusieve arbeidsorganisatie', 'Teamscan inclusie', 'Werkgeverscoaching'],
    zinnen: ['De kandidaat staat centraal, niet het werk.', 'We onderzoeken of het team klaar is voor een nieuwe collega.', 'De werkgever krijgt hulp bij het aanpassen van de werkomstandigheden.'],
    doelen: ['De werkgever is klaar voor de kandidaat.', 'Er is draagvlak in het team.'],
  },
  DW06: {
    sectoraal: ['Werkprofiel opstellen', 'Functiecreatie', 'Vacature-analyse', 'Werkplekonderzoek'],
    algemeen: ['Competentieprofiel', 'Samenwerkingsconvenant', 'Herontwerp van taken', 'Functieanalyse'],
    zinnen: ['De vacature wordt vertaald in competenties en affiniteiten.', 'We brengen de minimale eisen van de functie in kaart.', 'Ook toekomstige vacatures door groei of verloop tellen mee.'],
    doelen: ['Er is een passend werkprofiel.', 'De werkgever weet welke taken een kandidaat kan doen.'],
  },
  DW07: {
    sectoraal: ['Werving en selectie op maat', 'Banenmarkt werkgevers', 'Matchingsdag', 'Voorselectie kandidaten'],
    algemeen: ['Recruitment doelgroepregister', 'Vacatureservice', 'Talentenpool', 'Kandidatenbank'],
    zinnen: ['Het WSP zoekt kandidaten die passen bij het werkprofiel.', 'De werkgever ontvangt een voorselectie van geschikte kandidaten.', 'Kandidaten stellen zich voor op een matchingsdag.'],
    doelen: ['De vacature is vervuld met een passende kandidaat.', 'De werkgever heeft binnen korte tijd kandidaten gesproken.'],
  },
  DW08: {
    sectoraal: ['Kandidaten voordragen', 'Speeddate werkgevers', 'Werkgeversarrangement'],
    algemeen: ['Sollicitatiegesprek met begeleiding', 'Bemiddeling WSP', 'Proefdag kandidaat', 'Kennismakingsgesprek'],
    zinnen: ['Een bemiddelaar brengt werkgever en kandidaat samen.', 'Het sollicitatiegesprek wordt begeleid.', 'Werkgever en kandidaat maken vooraf duidelijke afspraken.'],
    doelen: ['Werkgever en kandidaat passen bij elkaar.', 'De kandidaat start snel bij de werkgever.'],
  },
  DW09: {
    sectoraal: ['Proefplaatsing', 'Praktijkroute werkgevers', 'Subsidie praktijkleren'],
    algemeen: ['Loonkostensubsidie', 'No-riskpolis', 'Loonkostenvoordeel (LKV)', 'Werkplekaanpassing', 'Loonwaardemeting', 'Mobiliteitsbonus'],
    zinnen: ['De werkgever neemt de kandidaat aan met financiële ondersteuning.', 'Het risico bij ziekte ligt niet bij de werkgever.', 'De werkplek wordt zo nodig aangepast.'],
    doelen: ['De kandidaat heeft een contract bij de werkgever.', 'De werkgever heeft minder loonkosten en risico.'],
  },
  DW10: {
    sectoraal: ['Nazorg werkgever', 'Jobcoaching na plaatsing', 'Werkgeversondersteuning na plaatsing'],
    algemeen: ['Terugkoppelgesprekken', 'Monitoring duurzame plaatsing', 'Evaluatie na zes maanden', 'Begeleiding bij contractverlenging'],
    zinnen: ['Na de plaatsing blijft er een vast aanspreekpunt voor de werkgever.', 'Een jobcoach komt regelmatig langs op de werkplek.', 'Knelpunten worden vroeg besproken en opgelost.'],
    doelen: ['De plaatsing is duurzaam.', 'De medewerker krijgt een vast contract.'],
  },
};

export interface Doelgroep {
  /** Goes after the soort: "Sollicitatietraining voor jongeren". */
  tekst: string;
  /** The kenmerken the name promises; they replace the random pick in their categorie. */
  codes: string[];
  toelichting: string;
}

export const EVA_DOELGROEPEN: Doelgroep[] = [
  { tekst: 'voor jongeren', codes: ['ED01'], toelichting: 'Speciaal voor jongeren tot 27 jaar zonder werk of opleiding.' },
  { tekst: 'voor 50-plussers', codes: ['ED02'], toelichting: 'Voor werkzoekenden van 50 jaar en ouder, met veel werkervaring.' },
  { tekst: 'voor statushouders', codes: ['ED05'], toelichting: 'Voor statushouders die inburgeren en aan het werk willen.' },
  { tekst: 'voor nieuwkomers', codes: ['ED06'], toelichting: 'Voor nieuwkomers die de Nederlandse arbeidsmarkt nog niet kennen.' },
  { tekst: 'voor laaggeletterden', codes: ['ED09'], toelichting: 'Voor mensen die moeite hebben met lezen en schrijven.' },
  { tekst: 'voor zzp’ers', codes: ['ED10'], toelichting: 'Voor zelfstandigen zonder personeel met te weinig opdrachten.' },
  { tekst: 'voor (ex-)ondernemers', codes: ['ED07'], toelichting: 'Voor ondernemers die gestopt zijn of willen stoppen met hun bedrijf.' },
  { tekst: 'voor dak- en thuislozen', codes: ['ED08'], toelichting: 'Voor mensen zonder vaste woonplek.' },
  { tekst: 'bij een arbeidsbeperking', codes: ['ED04'], toelichting: 'Voor mensen met een (vermoedelijke) arbeidsbeperking.' },
  { tekst: 'voor de banenafspraak', codes: ['ED12'], toelichting: 'Voor kandidaten uit het doelgroepregister van de banenafspraak.' },
  { tekst: 'voor NUG-ers', codes: ['ED13'], toelichting: 'Voor niet-uitkeringsgerechtigden die willen werken.' },
  { tekst: 'bij dreigend ontslag', codes: ['ED11'], toelichting: 'Voor werknemers die met werkloosheid bedreigd worden.' },
  { tekst: 'voor alleenstaande ouders', codes: [], toelichting: 'Voor alleenstaande ouders; we denken mee over kinderopvang.' },
];

export const DENNIS_DOELGROEPEN: Doelgroep[] = [
  { tekst: 'voor jongeren', codes: ['LG02', 'LG03'], toelichting: 'Voor werkgevers die jongeren tussen 19 en 27 jaar een kans geven.' },
  { tekst: 'voor schoolverlaters', codes: ['LG01', 'LG02'], toelichting: 'Voor werkgevers die schoolverlaters een eerste baan bieden.' },
  { tekst: 'voor 50-plussers', codes: ['LG05'], toelichting: 'Voor werkgevers die ervaren 50-plussers in dienst nemen.' },
  { tekst: 'voor kandidaten uit het doelgroepregister', codes: ['DR01'], toelichting: 'De kandidaten staan in het doelgroepregister.' },
  { tekst: 'voor Wajongers', codes: ['DD03'], toelichting: 'Voor werkgevers die jonggehandicapten met een Wajong-uitkering in dienst nemen.' },
  { tekst: 'voor bijstandsgerechtigden', codes: ['DD02'], toelichting: 'De kandidaten hebben een uitkering op grond van de Participatiewet.' },
  { tekst: 'voor WW’ers', codes: ['DD05'], toelichting: 'De kandidaten hebben een WW-uitkering.' },
  { tekst: 'met BBL-contract', codes: ['DV02'], toelichting: 'De kandidaat werkt en leert met een BBL-arbeidsovereenkomst.' },
  { tekst: 'via een stage', codes: ['DV03'], toelichting: 'De kandidaat begint met een stage met stagevergoeding.' },
  { tekst: 'voor het mkb', codes: [], toelichting: 'Bedoeld voor kleine en middelgrote werkgevers.' },
];

export interface Sector {
  /** "in de zorg": after the soort. */
  tekst: string;
  voorbeeld: string;
}

export const SECTOREN: Sector[] = [
  { tekst: 'in de zorg', voorbeeld: 'in een verpleeghuis of de thuiszorg' },
  { tekst: 'in de horeca', voorbeeld: 'in een restaurant, hotel of bedrijfskantine' },
  { tekst: 'in de techniek', voorbeeld: 'als monteur of installateur' },
  { tekst: 'in de logistiek', voorbeeld: 'in een magazijn of distributiecentrum' },
  { tekst: 'in de bouw', voorbeeld: 'op de bouwplaats of in de afbouw' },
  { tekst: 'in het groen', voorbeeld: 'in de groenvoorziening of op een kwekerij' },
  { tekst: 'in de schoonmaak', voorbeeld: 'in kantoren, scholen of ziekenhuizen' },
  { tekst: 'in de detailhandel', voorbeeld: 'in een supermarkt of winkel' },
  { tekst: 'in de ICT', voorbeeld: 'bij een helpdesk of als beheerder' },
  { tekst: 'in de metaal', voorbeeld: 'als lasser, draaier of plaatwerker' },
  { tekst: 'in de kinderopvang', voorbeeld: 'op een kinderdagverblijf of bij de buitenschoolse opvang' },
  { tekst: 'in de beveiliging', voorbeeld: 'bij evenementen of in winkels' },
  { tekst: 'in de productie', voorbeeld: 'aan de lopende band of in de voedingsindustrie' },
  { tekst: 'in de facilitaire dienstverlening', voorbeeld: 'bij de receptie, de postkamer of de catering' },
  { tekst: 'in het openbaar vervoer', voorbeeld: 'als buschauffeur of servicemedewerker' },
];
