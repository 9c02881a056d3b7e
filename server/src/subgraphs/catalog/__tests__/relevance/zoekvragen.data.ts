/**
 * The relevance test set of the catalog's text search (issue 15): what a klantmanager (Eva) or a werkgeversadviseur
 * (Dennis) types into the search box, and the instruments of the seeded demo catalogue (seedDemo, 3,000 instruments)
 * that such a user must find in the first 10 results.
 *
 * How it was made: the queries come from the vocabulary of the seeds (the Eva handreikingen, the Werklandschap) and
 * the demo catalogue, written as people type them, not as the engine of the day understands them. `relevant` was
 * judged by reading the generated instruments (naam, samenvatting, doel, werkwijze; for Dennis korte beschrijving
 * and beschrijving), never by what the search returns: the published instruments whose name carries the concept.
 * When more than 10 names carry it equally, the shortest ones are listed: the name that is most nearly the concept
 * itself ("Werkervaringsplaats" before "Werkervaringsplaats in de metaal voor alleenstaande ouders (Maasdriel)").
 * A name counts as found when any instrument with that name is among the first 10.
 */

export type Soort = 'samenstelling' | 'afkorting' | 'synoniem' | 'typfout' | 'meervoud' | 'meerdere woorden' | 'gewoon';

export interface Zoekvraag {
  tekst: string;
  gids: 'EVA' | 'DENNIS';
  soort: Soort;
  /** Names of instruments that must be among the first 10 results (1 to 10). */
  relevant: string[];
  /** Why these are the right ones, in one sentence. */
  waarom: string;
}

/** The same instruments, asked for in more than one way. */
const TAALCURSUS_NT2_OP_DE_WERKVLOER = ['Taalcursus NT2 op de werkvloer', 'Taalcursus NT2 op de werkvloer in de zorg', 'Taalcursus NT2 op de werkvloer in het groen', 'Taalcursus NT2 op de werkvloer voor zzp’ers', 'Taalcursus NT2 op de werkvloer in Smallingerland', 'Taalcursus NT2 op de werkvloer in de detailhandel', 'Taalcursus NT2 op de werkvloer in de regio Midden-Utrecht', 'Taalcursus NT2 op de werkvloer in de zorg (regio Zeeland)', 'Taalcursus NT2 op de werkvloer in de productie (Cranendonck)', 'Taalcursus NT2 op de werkvloer in de detailhandel voor zzp’ers (Loon op Zand)'];
const WERKERVARINGSPLAATS = ['Werkervaringsplaats', 'Werkervaringsplaats in de metaal', 'Werkervaringsplaats in het groen', 'Werkervaringsplaats voor zzp’ers', 'Werkervaringsplaats voor dak- en thuislozen', 'Werkervaringsplaats in de ICT voor 50-plussers', 'Werkervaringsplaats in het groen voor dak- en thuislozen', 'Werkervaringsplaats in de detailhandel bij dreigend ontslag', 'Werkervaringsplaats in de productie voor dak- en thuislozen', 'Werkervaringsplaats in de schoonmaak voor dak- en thuislozen'];
const LEREN_EN_WERKEN = ['BBL-traject', 'Leerwerktraject in de ICT', 'BBL-traject in de productie', 'BBL-traject in de schoonmaak', 'BBL-traject voor statushouders', 'Leerwerktraject voor nieuwkomers', 'Leerwerktraject voor dak- en thuislozen', 'BBL-traject in de productie voor nieuwkomers', 'BBL-traject in de metaal voor dak- en thuislozen', 'Leerwerktraject in de bouw voor (ex-)ondernemers'];
const SOLLICITATIETRAINING = ['Sollicitatietraining', 'Sollicitatietraining voor NUG-ers', 'Sollicitatietraining voor 50-plussers', 'Sollicitatietraining voor statushouders', 'Sollicitatietraining voor laaggeletterden', 'Sollicitatietraining voor dak- en thuislozen', 'Sollicitatietraining bij een arbeidsbeperking', 'Sollicitatietraining in de regio Rivierenland', 'Sollicitatietraining voor laaggeletterden in de regio Midden-Brabant', 'Sollicitatietraining bij dreigend ontslag in de regio Veluwe Stedendriehoek'];
const SCHULDHULPVERLENING = ['Schuldhulpverlening', 'Schuldhulpverlening voor NUG-ers', 'Schuldhulpverlening in Oost Gelre', 'Schuldhulpverlening voor jongeren', 'Schuldhulpverlening in Berg en Dal', 'Schuldhulpverlening: budgetcoaching', 'Schuldhulpverlening in de regio Drenthe', 'Schuldhulpverlening in \'s-Gravenhage Laak', 'Schuldhulpverlening voor (ex-)ondernemers', 'Schuldhulpverlening voor NUG-ers in Krimpenerwaard'];
const HEFTRUCKCERTIFICAAT = ['Heftruckcertificaat', 'Heftruckcertificaat in Tholen', 'Heftruckcertificaat voor de banenafspraak', 'Heftruckcertificaat voor nieuwkomers in de regio Flevoland'];
const JOBCOACHING = ['Jobcoaching', 'Jobcoaching nazorg', 'Jobcoaching in Doesburg', 'Jobcoaching in de metaal', 'Jobcoaching bij plaatsing', 'Jobcoaching voor 50-plussers', 'Jobcoaching nazorg in Hoogeveen', 'Jobcoaching nazorg voor 50-plussers', 'Jobcoaching in de beveiliging (Best)', 'Jobcoaching bij plaatsing in de horeca'];
const PRAKTIJKLEREN_BBL = ['Praktijkleren BBL', 'Praktijkleren BBL in Venlo', 'Praktijkleren BBL in de ICT', 'Praktijkleren BBL in Vlieland', 'Praktijkleren BBL in de metaal', 'Praktijkleren BBL in het groen', 'Praktijkleren BBL voor het mkb', 'Praktijkleren BBL in de logistiek', 'Praktijkleren BBL in de regio Flevoland', 'Praktijkleren BBL in de regio Drechtsteden'];
const LOONKOSTENSUBSIDIE = ['Loonkostensubsidie', 'Loonkostensubsidie voor WW’ers in de regio Rivierenland'];
const TAALMAATJE = ['Taalmaatje', 'Taalmaatje voor NUG-ers', 'Taalmaatje voor zzp’ers', 'Taalmaatje in Den Helder', 'Taalmaatje voor jongeren', 'Taalmaatje voor laaggeletterden', 'Taalmaatje bij een arbeidsbeperking', 'Taalmaatje in de regio Noordoost-Brabant', 'Taalmaatje bij dreigend ontslag in Gennep', 'Taalmaatje voor (ex-)ondernemers in Son en Breugel'];
const DAGBESTEDING = ['Dagbesteding', 'Dagbesteding in Haarlemmermeer', 'Dagbesteding voor statushouders', 'Dagbesteding in de regio Midden-Brabant', 'Dagbesteding in de regio Midden-Limburg', 'Dagbesteding in de regio Helmond-De Peel', 'Dagbesteding bij een arbeidsbeperking in de regio Twente', 'Dagbesteding voor de banenafspraak in de regio Rivierenland'];
const JOBCARVING = ['Jobcarving', 'Jobcarving in de ICT', 'Jobcarving in de zorg', 'Jobcarving in het groen', 'Jobcarving in de zorg (Beekdaelen)', 'Jobcarving voor Wajongers in Hoorn', 'Jobcarving in de bouw voor jongeren', 'Jobcarving in de regio Regio Zwolle', 'Jobcarving voor bijstandsgerechtigden', 'Jobcarving in de regio Veluwe Stedendriehoek'];

export const ZOEKVRAGEN: Zoekvraag[] = [
  // samenstelling
  {
    tekst: 'taalcursus', gids: 'EVA', soort: 'samenstelling',
    relevant: TAALCURSUS_NT2_OP_DE_WERKVLOER,
    waarom: 'Taalcursus NT2 op de werkvloer is de taalcursus van de catalogus.',
  },
  {
    tekst: 'werkervaringsplaats', gids: 'EVA', soort: 'samenstelling',
    relevant: WERKERVARINGSPLAATS,
    waarom: 'De werkervaringsplaatsen zelf.',
  },
  {
    tekst: 'werkervaringsplek', gids: 'EVA', soort: 'samenstelling',
    relevant: WERKERVARINGSPLAATS,
    waarom: 'Plek en plaats zijn hier hetzelfde: de catalogus schrijft werkervaringsplaats.',
  },
  {
    tekst: 'werkervaring', gids: 'EVA', soort: 'samenstelling',
    relevant: WERKERVARINGSPLAATS,
    waarom: 'Werkervaring opdoen doe je op een werkervaringsplaats.',
  },
  {
    tekst: 'ervaringsplaats', gids: 'EVA', soort: 'samenstelling',
    relevant: WERKERVARINGSPLAATS,
    waarom: 'Het tweede deel van werkervaringsplaats.',
  },
  {
    tekst: 'leerwerkplek', gids: 'EVA', soort: 'samenstelling',
    relevant: LEREN_EN_WERKEN,
    waarom: 'Een leerwerkplek combineert leren en werken: leerwerktrajecten en BBL-trajecten.',
  },
  {
    tekst: 'sollicitatiecursus', gids: 'EVA', soort: 'samenstelling',
    relevant: SOLLICITATIETRAINING,
    waarom: 'Een cursus solliciteren heet in de catalogus sollicitatietraining.',
  },
  {
    tekst: 'loonkosten', gids: 'DENNIS', soort: 'samenstelling',
    relevant: ['Loonkostensubsidie', 'Loonkostenvoordeel (LKV) in Krimpenerwaard', 'Loonkostensubsidie voor WW’ers in de regio Rivierenland'],
    waarom: 'Loonkostensubsidie en loonkostenvoordeel verlagen de loonkosten.',
  },
  {
    tekst: 'schuldhulp', gids: 'EVA', soort: 'samenstelling',
    relevant: SCHULDHULPVERLENING,
    waarom: 'Schuldhulp is schuldhulpverlening, ook met budgetcoaching.',
  },
  {
    tekst: 'budgetcoach', gids: 'EVA', soort: 'samenstelling',
    relevant: ['Schuldhulpverlening: budgetcoaching', 'Schuldhulpverlening: budgetcoaching voor laaggeletterden', 'Schuldhulpverlening: budgetcoaching in de regio Gorinchem', 'Schuldhulpverlening: budgetcoaching voor (ex-)ondernemers', 'Schuldhulpverlening: budgetcoaching in de regio Achterhoek', 'Schuldhulpverlening: budgetcoaching voor dak- en thuislozen', 'Schuldhulpverlening: budgetcoaching bij een arbeidsbeperking', 'Schuldhulpverlening: budgetcoaching voor dak- en thuislozen in Waalwijk', 'Schuldhulpverlening: budgetcoaching voor jongeren in de regio Midden-Gelderland'],
    waarom: 'Budgetcoaching is het werk van een budgetcoach.',
  },
  {
    tekst: 'taaltraining', gids: 'EVA', soort: 'samenstelling',
    relevant: TAALCURSUS_NT2_OP_DE_WERKVLOER,
    waarom: 'Een taaltraining is de taalcursus NT2.',
  },
  {
    tekst: 'werkfittraject', gids: 'EVA', soort: 'samenstelling',
    relevant: ['Werkfit-traject', 'Werkfit-traject voor zzp’ers', 'Werkfit-traject in de techniek', 'Werkfit-traject in Baarle-Nassau', 'Werkfit-traject voor nieuwkomers', 'Werkfit-traject in de logistiek (Vaals)', 'Werkfit-traject in de ICT bij een arbeidsbeperking', 'Werkfit-traject voor nieuwkomers in de regio Achterhoek', 'Werkfit-traject in de productie voor 50-plussers (regio Veluwe Stedendriehoek)'],
    waarom: 'De catalogus schrijft Werkfit-traject met een streepje.',
  },
  {
    tekst: 'heftruckcursus', gids: 'EVA', soort: 'samenstelling',
    relevant: HEFTRUCKCERTIFICAAT,
    waarom: 'De cursus leidt tot het heftruckcertificaat.',
  },
  {
    tekst: 'lascursus', gids: 'EVA', soort: 'samenstelling',
    relevant: ['Lasopleiding', 'Lasopleiding in Bergeijk', 'Lasopleiding voor 50-plussers', 'Lasopleiding voor nieuwkomers', 'Lasopleiding bij dreigend ontslag', 'Lasopleiding bij een arbeidsbeperking', 'Lasopleiding voor zzp’ers in Veenendaal'],
    waarom: 'Een lascursus is de lasopleiding.',
  },
  {
    tekst: 'stageplek', gids: 'DENNIS', soort: 'samenstelling',
    relevant: ['Stageplaatsen voor jongeren', 'Stageplaatsen voor jongeren in Zaanstad', 'Stageplaatsen voor jongeren in Hoogeveen', 'Stageplaatsen voor jongeren in Doetinchem', 'Stageplaatsen voor jongeren voor 50-plussers', 'Stageplaatsen voor jongeren in de beveiliging', 'Stageplaatsen voor jongeren in de regio Drenthe', 'Stageplaatsen voor jongeren voor schoolverlaters', 'Stageplaatsen voor jongeren in de regio Haaglanden', 'Stageplaatsen voor jongeren in het groen (Renswoude)'],
    waarom: 'Stageplaatsen voor jongeren gaan over stageplekken bij de werkgever.',
  },
  {
    tekst: 'jobcoachtraject', gids: 'EVA', soort: 'samenstelling',
    relevant: JOBCOACHING,
    waarom: 'Een traject met een jobcoach is jobcoaching.',
  },
  {
    tekst: 'loopbaantraject', gids: 'EVA', soort: 'samenstelling',
    relevant: ['Loopbaancoaching', 'Loopbaancoaching in Baarn', 'Loopbaancoaching in Heiloo', 'Loopbaancoaching in Velsen', 'Loopbaancoaching in Dordrecht', 'Loopbaancoaching voor NUG-ers', 'Loopbaanoriëntatie voor NUG-ers', 'Loopbaanoriëntatie voor zzp’ers', 'Loopbaancoaching in Lansingerland', 'Loopbaancoaching voor nieuwkomers'],
    waarom: 'Loopbaancoaching en loopbaanoriëntatie zijn de loopbaantrajecten.',
  },
  // afkorting
  {
    tekst: 'NT2', gids: 'EVA', soort: 'afkorting',
    relevant: ['Taaltoets NT2', 'Taaltoets NT2 voor NUG-ers', 'Taaltoets NT2 in Oosterhout', 'Taaltoets NT2 voor jongeren', 'Taalcursus NT2 op de werkvloer', 'Taaltoets NT2 voor nieuwkomers', 'Taaltoets NT2 voor statushouders', 'Taaltoets NT2 in de regio Drenthe', 'Taaltoets NT2 bij dreigend ontslag', 'Taaltoets NT2 in Horst aan de Maas'],
    waarom: 'NT2 staat in de naam van de taaltoets en de taalcursus.',
  },
  {
    tekst: 'WEP', gids: 'EVA', soort: 'afkorting',
    relevant: WERKERVARINGSPLAATS,
    waarom: 'WEP is de gangbare afkorting van werkervaringsplaats.',
  },
  {
    tekst: 'BBL', gids: 'EVA', soort: 'afkorting',
    relevant: ['BBL-traject', 'BBL-traject in de productie', 'BBL-traject in de schoonmaak', 'BBL-traject voor statushouders', 'BBL-traject in de productie voor nieuwkomers', 'BBL-traject in de metaal voor dak- en thuislozen', 'BBL-traject in de productie voor (ex-)ondernemers', 'BBL-traject voor (ex-)ondernemers in Stichtse Vecht'],
    waarom: 'Het BBL-traject.',
  },
  {
    tekst: 'BBL', gids: 'DENNIS', soort: 'afkorting',
    relevant: PRAKTIJKLEREN_BBL,
    waarom: 'Praktijkleren BBL gaat over de BBL zelf; andere instrumenten noemen haar alleen als voorwaarde.',
  },
  {
    tekst: 'VCA', gids: 'EVA', soort: 'afkorting',
    relevant: ['VCA-cursus', 'VCA-cursus voor NUG-ers', 'VCA-cursus in Valkenswaard', 'VCA-cursus voor nieuwkomers', 'VCA-cursus voor dak- en thuislozen', 'VCA-cursus in de regio Regio Zwolle', 'VCA-cursus voor 50-plussers in Blaricum', 'VCA-cursus voor 50-plussers in de regio Noord-Holland Noord', 'VCA-cursus voor nieuwkomers in de regio Veluwe Stedendriehoek'],
    waarom: 'De VCA-cursus.',
  },
  {
    tekst: 'ZRM', gids: 'EVA', soort: 'afkorting',
    relevant: ['Zelfredzaamheidsmatrix (ZRM)', 'Zelfredzaamheidsmatrix (ZRM) in Putten', 'Zelfredzaamheidsmatrix (ZRM) voor zzp’ers', 'Zelfredzaamheidsmatrix (ZRM) voor 50-plussers', 'Zelfredzaamheidsmatrix (ZRM) voor statushouders', 'Zelfredzaamheidsmatrix (ZRM) bij dreigend ontslag', 'Zelfredzaamheidsmatrix (ZRM) in de regio Groningen', 'Zelfredzaamheidsmatrix (ZRM) voor (ex-)ondernemers', 'Zelfredzaamheidsmatrix (ZRM) in de regio Amersfoort', 'Zelfredzaamheidsmatrix (ZRM) bij een arbeidsbeperking'],
    waarom: 'ZRM is de Zelfredzaamheidsmatrix.',
  },
  {
    tekst: 'EVC', gids: 'EVA', soort: 'afkorting',
    relevant: ['EVC-traject', 'EVC-traject in de regio Helmond-De Peel'],
    waarom: 'Het EVC-traject (erkenning van verworven competenties).',
  },
  {
    tekst: 'LKS', gids: 'DENNIS', soort: 'afkorting',
    relevant: LOONKOSTENSUBSIDIE,
    waarom: 'LKS is de afkorting van loonkostensubsidie.',
  },
  {
    tekst: 'LKV', gids: 'DENNIS', soort: 'afkorting',
    relevant: ['Loonkostenvoordeel (LKV) in Krimpenerwaard'],
    waarom: 'Het loonkostenvoordeel (LKV).',
  },
  {
    tekst: 'WSP', gids: 'DENNIS', soort: 'afkorting',
    relevant: ['Bemiddeling WSP', 'Werkgeversservicepunt', 'Werkgeversservicepunt in Asten', 'Bemiddeling WSP in de regio Drenthe', 'Werkgeversservicepunt voor jongeren', 'Werkgeversservicepunt in Molenlanden', 'Werkgeversservicepunt met BBL-contract', 'Werkgeversservicepunt voor 50-plussers', 'Bemiddeling WSP in Leidschendam-Voorburg', 'Werkgeversservicepunt in de regio Drenthe'],
    waarom: 'WSP is het WerkgeversServicePunt.',
  },
  {
    tekst: 'IPS', gids: 'DENNIS', soort: 'afkorting',
    relevant: ['Individuele Plaatsing en Steun (IPS)', 'Individuele Plaatsing en Steun (IPS) in Leusden', 'Individuele Plaatsing en Steun (IPS) in de horeca', 'Individuele Plaatsing en Steun (IPS) via een stage', 'Individuele Plaatsing en Steun (IPS) met BBL-contract', 'Individuele Plaatsing en Steun (IPS) voor 50-plussers', 'Individuele Plaatsing en Steun (IPS) in de detailhandel', 'Individuele Plaatsing en Steun (IPS) voor schoolverlaters', 'Individuele Plaatsing en Steun (IPS) in het openbaar vervoer', 'Individuele Plaatsing en Steun (IPS) voor Wajongers in Hulst'],
    waarom: 'Individuele Plaatsing en Steun.',
  },
  {
    tekst: 'SROI', gids: 'DENNIS', soort: 'afkorting',
    relevant: ['SROI-advies', 'SROI-advies in Gennep', 'SROI-advies voor WW’ers', 'SROI-advies in Eindhoven', 'SROI-advies voor het mkb', 'SROI-advies via een stage', 'SROI-advies met BBL-contract', 'SROI-advies voor 50-plussers', 'SROI-advies voor schoolverlaters', 'SROI-advies voor WW’ers in Zundert'],
    waarom: 'Het SROI-advies.',
  },
  {
    tekst: 'mbo', gids: 'EVA', soort: 'afkorting',
    relevant: ['Praktijkleren in het mbo', 'Praktijkleren in het mbo (Zoeterwoude)', 'Praktijkleren in het mbo voor jongeren', 'Praktijkleren in het mbo voor statushouders', 'Praktijkleren in het mbo in de ICT (Wormerland)', 'Praktijkleren in het mbo in de techniek (Tynaarlo)', 'Praktijkleren in het mbo in de zorg voor dak- en thuislozen', 'Praktijkleren in het mbo bij dreigend ontslag (regio Holland Rijnland)', 'Praktijkleren in het mbo in de schoonmaak (regio Veluwe Stedendriehoek)', 'Praktijkleren in het mbo in de horeca voor 50-plussers (regio Veluwe Stedendriehoek)'],
    waarom: 'Praktijkleren in het mbo.',
  },
  {
    tekst: 'HR', gids: 'DENNIS', soort: 'afkorting',
    relevant: ['Inclusief HR-beleid', 'Inclusief HR-beleid in Haarlem', 'Inclusief HR-beleid in Kapelle', 'Inclusief HR-beleid in Gorinchem', 'Inclusief HR-beleid via een stage', 'Inclusief HR-beleid in Noardeast-Fryslân', 'Inclusief HR-beleid in de regio Rivierenland', 'Inclusief HR-beleid in de regio West-Brabant', 'Inclusief HR-beleid voor bijstandsgerechtigden', 'Inclusief HR-beleid in de regio Gooi en Vechtstreek'],
    waarom: 'Inclusief HR-beleid is het instrument over HR.',
  },
  // synoniem
  {
    tekst: 'jobcoach', gids: 'EVA', soort: 'synoniem',
    relevant: JOBCOACHING,
    waarom: 'Wat een jobcoach doet heet jobcoaching.',
  },
  {
    tekst: 'jobcoach werkgever', gids: 'DENNIS', soort: 'synoniem',
    relevant: ['Jobcoaching werkgever', 'Jobcoaching werkgever in de bouw', 'Jobcoaching na plaatsing in de zorg', 'Jobcoaching werkgever voor jongeren', 'Jobcoaching werkgever in de beveiliging', 'Jobcoaching werkgever in de regio Amersfoort', 'Jobcoaching werkgever in de regio Noord-Limburg', 'Jobcoaching werkgever voor Wajongers in Hoogeveen', 'Jobcoaching werkgever in de logistiek (regio Twente)', 'Jobcoaching werkgever in de logistiek voor Wajongers'],
    waarom: 'Jobcoaching voor de werkgever en na plaatsing.',
  },
  {
    tekst: 'schuldsanering', gids: 'EVA', soort: 'synoniem',
    relevant: SCHULDHULPVERLENING,
    waarom: 'Schuldsanering valt onder schuldhulpverlening.',
  },
  {
    tekst: 'loonsubsidie', gids: 'DENNIS', soort: 'synoniem',
    relevant: LOONKOSTENSUBSIDIE,
    waarom: 'Loonsubsidie is de gewone naam voor loonkostensubsidie.',
  },
  {
    tekst: 'proefdraaien', gids: 'DENNIS', soort: 'synoniem',
    relevant: ['Proefplaatsing', 'Proefdag kandidaat', 'Proefplaatsing in het groen', 'Proefplaatsing in Waddinxveen', 'Proefplaatsing in de schoonmaak', 'Proefdag kandidaat voor 50-plussers', 'Proefplaatsing voor schoolverlaters', 'Proefplaatsing in de metaal voor WW’ers', 'Proefdag kandidaat in de regio Amersfoort', 'Proefplaatsing in de horeca via een stage'],
    waarom: 'Proefdraaien is een proefplaatsing of proefdag.',
  },
  {
    tekst: 'taalcoach', gids: 'EVA', soort: 'synoniem',
    relevant: TAALMAATJE,
    waarom: 'Een taalmaatje is een vrijwillige taalcoach.',
  },
  {
    tekst: 'budgetbeheer', gids: 'EVA', soort: 'synoniem',
    relevant: ['Uitkomen met inkomen', 'Uitkomen met inkomen voor NUG-ers', 'Uitkomen met inkomen voor zzp’ers', 'Uitkomen met inkomen voor jongeren', 'Schuldhulpverlening: budgetcoaching', 'Uitkomen met inkomen voor 50-plussers', 'Uitkomen met inkomen voor (ex-)ondernemers', 'Uitkomen met inkomen voor de banenafspraak', 'Uitkomen met inkomen voor dak- en thuislozen', 'Uitkomen met inkomen in de regio Midden-Holland'],
    waarom: 'Budgetcoaching en Uitkomen met inkomen helpen je geld te beheren.',
  },
  {
    tekst: 'beroepskeuze', gids: 'EVA', soort: 'synoniem',
    relevant: ['Beroepentest', 'Beroepentest in Gouda', 'Beroepentest in Hillegom', 'Beroepentest voor statushouders', 'Beroepentest in de regio West-Brabant', 'Beroepentest voor alleenstaande ouders', 'Beroepentest voor 50-plussers in de regio Zuid-Limburg', 'Beroepentest voor alleenstaande ouders in Krimpenerwaard', 'Beroepentest bij dreigend ontslag in de regio Zuidoost-Brabant'],
    waarom: 'De beroepentest helpt een beroep kiezen.',
  },
  {
    tekst: 'taalvrijwilliger', gids: 'EVA', soort: 'synoniem',
    relevant: TAALMAATJE,
    waarom: 'Een taalmaatje is een taalvrijwilliger.',
  },
  {
    tekst: 'leerbaan', gids: 'DENNIS', soort: 'synoniem',
    relevant: PRAKTIJKLEREN_BBL,
    waarom: 'Een leerbaan is een baan met praktijkleren in de BBL.',
  },
  {
    tekst: 're-integratie na ziekte', gids: 'DENNIS', soort: 'synoniem',
    relevant: ['Duurzame inzetbaarheid', 'Van werk naar werk in de bouw', 'Van werk naar werk voor WW’ers', 'Van werk naar werk in de horeca', 'Duurzame inzetbaarheid in de ICT', 'Duurzame inzetbaarheid in de zorg', 'Van werk naar werk in de techniek', 'Van werk naar werk voor Wajongers', 'Duurzame inzetbaarheid in de horeca', 'Duurzame inzetbaarheid in het groen'],
    waarom: 'Duurzame inzetbaarheid en van werk naar werk houden zieke werknemers aan het werk.',
  },
  // typfout
  {
    tekst: 'solicitatietraining', gids: 'EVA', soort: 'typfout',
    relevant: SOLLICITATIETRAINING,
    waarom: 'Sollicitatietraining met één l.',
  },
  {
    tekst: 'werkervarinsplaats', gids: 'EVA', soort: 'typfout',
    relevant: WERKERVARINGSPLAATS,
    waarom: 'Werkervaringsplaats zonder g.',
  },
  {
    tekst: 'jobcoatching', gids: 'EVA', soort: 'typfout',
    relevant: JOBCOACHING,
    waarom: 'Jobcoaching met een t te veel.',
  },
  {
    tekst: 'schuldhulpverleneing', gids: 'EVA', soort: 'typfout',
    relevant: SCHULDHULPVERLENING,
    waarom: 'Schuldhulpverlening met een e te veel.',
  },
  {
    tekst: 'loonkostensubsydie', gids: 'DENNIS', soort: 'typfout',
    relevant: LOONKOSTENSUBSIDIE,
    waarom: 'Loonkostensubsidie met een y.',
  },
  {
    tekst: 'werkgeverservicepunt', gids: 'DENNIS', soort: 'typfout',
    relevant: ['Werkgeversservicepunt', 'Werkgeversservicepunt in Asten', 'Werkgeversservicepunt voor jongeren', 'Werkgeversservicepunt in Molenlanden', 'Werkgeversservicepunt met BBL-contract', 'Werkgeversservicepunt voor 50-plussers', 'Werkgeversservicepunt in de regio Drenthe', 'Werkgeversservicepunt in Weststellingwerf', 'Werkgeversservicepunt in de regio Rijnmond', 'Werkgeversservicepunt in Schouwen-Duiveland'],
    waarom: 'Werkgeversservicepunt zonder tussen-s.',
  },
  {
    tekst: 'heftrukcertificaat', gids: 'EVA', soort: 'typfout',
    relevant: HEFTRUCKCERTIFICAAT,
    waarom: 'Heftruckcertificaat zonder c.',
  },
  {
    tekst: 'dagbestedng', gids: 'EVA', soort: 'typfout',
    relevant: DAGBESTEDING,
    waarom: 'Dagbesteding zonder i.',
  },
  {
    tekst: 'mindfullness', gids: 'EVA', soort: 'typfout',
    relevant: ['Mindfulnesstraining in Tubbergen', 'Mindfulnesstraining voor jongeren', 'Mindfulnesstraining in de regio Twente', 'Mindfulnesstraining voor (ex-)ondernemers', 'Mindfulnesstraining in de regio Midden-Limburg', 'Mindfulnesstraining voor de banenafspraak in Delft', 'Mindfulnesstraining voor alleenstaande ouders in Dronten'],
    waarom: 'Mindfulness met dubbele l.',
  },
  {
    tekst: 'presentatietrainig', gids: 'EVA', soort: 'typfout',
    relevant: ['Presentatietraining', 'Presentatietraining in Zeewolde', 'Presentatietraining voor NUG-ers', 'Presentatietraining in Amersfoort', 'Presentatietraining in Land van Cuijk', 'Presentatietraining voor statushouders', 'Presentatietraining voor alleenstaande ouders', 'Presentatietraining in de regio Holland Rijnland', 'Presentatietraining in de regio Rijk van Nijmegen', 'Presentatietraining voor dak- en thuislozen in Berkelland'],
    waarom: 'Presentatietraining zonder n.',
  },
  {
    tekst: 'jobcarfing', gids: 'DENNIS', soort: 'typfout',
    relevant: JOBCARVING,
    waarom: 'Jobcarving met een f.',
  },
  {
    tekst: 'vitaliteitscan', gids: 'DENNIS', soort: 'typfout',
    relevant: ['Vitaliteitsscan', 'Vitaliteitsscan in Helmond', 'Vitaliteitsscan in Nijmegen', 'Vitaliteitsscan voor WW’ers', 'Vitaliteitsscan in Dordrecht', 'Vitaliteitsscan voor het mkb', 'Vitaliteitsscan via een stage', 'Vitaliteitsscan voor Wajongers', 'Vitaliteitsscan in Noordoostpolder', 'Vitaliteitsscan voor schoolverlaters'],
    waarom: 'Vitaliteitsscan zonder tussen-s.',
  },
  {
    tekst: 'loopbaancoatch', gids: 'EVA', soort: 'typfout',
    relevant: ['Loopbaancoaching', 'Loopbaancoaching in Baarn', 'Loopbaancoaching in Heiloo', 'Loopbaancoaching in Velsen', 'Loopbaancoaching in Dordrecht', 'Loopbaancoaching voor NUG-ers', 'Loopbaancoaching in Lansingerland', 'Loopbaancoaching voor nieuwkomers', 'Loopbaancoaching bij dreigend ontslag', 'Loopbaancoaching voor de banenafspraak'],
    waarom: 'Loopbaancoach met een t te veel.',
  },
  // meervoud
  {
    tekst: 'werkervaringsplaatsen', gids: 'EVA', soort: 'meervoud',
    relevant: WERKERVARINGSPLAATS,
    waarom: 'Meervoud van werkervaringsplaats.',
  },
  {
    tekst: 'sollicitatietrainingen', gids: 'EVA', soort: 'meervoud',
    relevant: SOLLICITATIETRAINING,
    waarom: 'Meervoud van sollicitatietraining.',
  },
  {
    tekst: 'proefplaatsingen', gids: 'DENNIS', soort: 'meervoud',
    relevant: ['Proefplaatsing', 'Proefplaatsing in het groen', 'Proefplaatsing in Waddinxveen', 'Proefplaatsing in de schoonmaak', 'Proefplaatsing voor schoolverlaters', 'Proefplaatsing in de metaal voor WW’ers', 'Proefplaatsing in de horeca via een stage', 'Proefplaatsing voor het mkb in de regio Groot Amsterdam', 'Proefplaatsing in de detailhandel via een stage (regio Noord-Limburg)', 'Proefplaatsing in de facilitaire dienstverlening met BBL-contract (Zwijndrecht)'],
    waarom: 'Meervoud van proefplaatsing.',
  },
  {
    tekst: 'sollicitatietraining statushouder', gids: 'EVA', soort: 'meervoud',
    relevant: ['Sollicitatiecoaching voor statushouders', 'Sollicitatietraining voor statushouders'],
    waarom: 'Sollicitatietraining en -coaching voor statushouders, in het enkelvoud gevraagd.',
  },
  {
    tekst: 'terugkoppelgesprek', gids: 'DENNIS', soort: 'meervoud',
    relevant: ['Terugkoppelgesprekken', 'Terugkoppelgesprekken in Rheden', 'Terugkoppelgesprekken in de regio Zuid-Limburg', 'Terugkoppelgesprekken in de regio Holland Rijnland', 'Terugkoppelgesprekken voor jongeren in de regio Amersfoort', 'Terugkoppelgesprekken voor bijstandsgerechtigden in de regio West-Brabant'],
    waarom: 'Enkelvoud van terugkoppelgesprekken.',
  },
  {
    tekst: 'nazorggesprek', gids: 'EVA', soort: 'meervoud',
    relevant: ['Nazorggesprekken', 'Nazorggesprekken voor zzp’ers', 'Nazorggesprekken voor dak- en thuislozen', 'Nazorggesprekken bij dreigend ontslag in de regio Gorinchem'],
    waarom: 'Enkelvoud van nazorggesprekken.',
  },
  {
    tekst: 'snuffelstages', gids: 'EVA', soort: 'meervoud',
    relevant: ['Snuffelstage', 'Snuffelstage in de ICT', 'Snuffelstage in de bouw', 'Snuffelstage in de logistiek', 'Snuffelstage voor 50-plussers', 'Snuffelstage in de kinderopvang', 'Snuffelstage voor (ex-)ondernemers', 'Snuffelstage in de ICT voor zzp’ers', 'Snuffelstage in het openbaar vervoer', 'Snuffelstage bij een arbeidsbeperking'],
    waarom: 'Meervoud van snuffelstage.',
  },
  {
    tekst: 'werkplekaanpassingen', gids: 'DENNIS', soort: 'meervoud',
    relevant: ['Werkplekaanpassing voor jongeren', 'Werkplekaanpassing met BBL-contract', 'Werkplekaanpassing voor kandidaten uit het doelgroepregister'],
    waarom: 'Meervoud van werkplekaanpassing.',
  },
  {
    tekst: 'taalcafés', gids: 'EVA', soort: 'meervoud',
    relevant: ['Taalcafé', 'Taalcafé voor NUG-ers', 'Taalcafé bij dreigend ontslag', 'Taalcafé voor (ex-)ondernemers', 'Taalcafé in de regio Achterhoek', 'Taalcafé voor alleenstaande ouders in Maasgouw'],
    waarom: 'Meervoud van taalcafé.',
  },
  {
    tekst: 'meeloopdagen', gids: 'EVA', soort: 'meervoud',
    relevant: ['Meeloopdag', 'Meeloopdag in de ICT', 'Meeloopdag in Meppel', 'Meeloopdag in de horeca', 'Meeloopdag voor jongeren', 'Meeloopdag voor nieuwkomers', 'Meeloopdag in de bouw (Sluis)', 'Meeloopdag in de detailhandel', 'Meeloopdag in het groen (Gouda)', 'Meeloopdag voor laaggeletterden'],
    waarom: 'Meervoud van meeloopdag.',
  },
  // meerdere woorden
  {
    tekst: 'hulp bij schulden', gids: 'EVA', soort: 'meerdere woorden',
    relevant: ['Schuldhulpverlening', 'Meldpunt schulden en werk', 'Schuldhulpverlening voor NUG-ers', 'Schuldhulpverlening in Oost Gelre', 'Schuldhulpverlening voor jongeren', 'Schuldhulpverlening in Berg en Dal', 'Schuldhulpverlening: budgetcoaching', 'Meldpunt schulden en werk in Aalsmeer', 'Meldpunt schulden en werk voor zzp’ers', 'Meldpunt schulden en werk voor jongeren'],
    waarom: 'Schuldhulpverlening en het meldpunt schulden helpen bij schulden.',
  },
  {
    tekst: 'cursus nederlands', gids: 'EVA', soort: 'meerdere woorden',
    relevant: TAALCURSUS_NT2_OP_DE_WERKVLOER,
    waarom: 'Nederlands leren doe je met de taalcursus NT2.',
  },
  {
    tekst: 'begeleiding op de werkplek', gids: 'EVA', soort: 'meerdere woorden',
    relevant: JOBCOACHING,
    waarom: 'Een jobcoach begeleidt je op de werkplek.',
  },
  {
    tekst: 'werk zoeken voor jongeren', gids: 'EVA', soort: 'meerdere woorden',
    relevant: ['Sollicitatiecoaching voor jongeren', 'Open hiring in de techniek voor jongeren (regio Zuid-Limburg)'],
    waarom: 'Instrumenten om werk te vinden, voor jongeren.',
  },
  {
    tekst: 'taal op het werk', gids: 'DENNIS', soort: 'meerdere woorden',
    relevant: ['Taal op de werkvloer', 'Taal op de werkvloer voor het mkb', 'Taal op de werkvloer in Amersfoort', 'Taal op de werkvloer via een stage', 'Taal op de werkvloer voor Wajongers', 'Taal op de werkvloer voor Wajongers in Zutphen', 'Taal op de werkvloer in de regio Midden-Holland', 'Taal op de werkvloer met BBL-contract in Barneveld', 'Taal op de werkvloer via een stage in de regio Friesland', 'Taal op de werkvloer via een stage in de regio Gorinchem'],
    waarom: 'Taal op de werkvloer.',
  },
  {
    tekst: 'nt2 cursus', gids: 'EVA', soort: 'meerdere woorden',
    relevant: TAALCURSUS_NT2_OP_DE_WERKVLOER,
    waarom: 'De taalcursus NT2.',
  },
  {
    tekst: 'subsidie voor werkgevers', gids: 'DENNIS', soort: 'meerdere woorden',
    relevant: ['Subsidiecheck werkgevers', 'Subsidiecheck werkgevers in Hattem', 'Subsidiecheck werkgevers via een stage', 'Subsidiecheck werkgevers voor jongeren', 'Subsidiecheck werkgevers in Molenlanden', 'Subsidiecheck werkgevers voor Wajongers', 'Subsidiecheck werkgevers in Borger-Odoorn', 'Subsidiecheck werkgevers voor 50-plussers', 'Subsidiecheck werkgevers in Rijswijk (ZH.)', 'Subsidiecheck werkgevers in de regio Gorinchem'],
    waarom: 'De subsidiecheck laat werkgevers zien welke subsidies er zijn.',
  },
  {
    tekst: 'inclusief werkgeverschap', gids: 'DENNIS', soort: 'meerdere woorden',
    relevant: ['Inclusief HR-beleid', 'Inclusief ondernemen', 'Inclusief HR-beleid in Haarlem', 'Inclusief HR-beleid in Kapelle', 'Inclusief ondernemen in de bouw', 'Inclusief HR-beleid in Gorinchem', 'Inclusief HR-beleid via een stage', 'Inclusief ondernemen in de metaal', 'Inclusief ondernemen in Nieuwkoop', 'Inclusief ondernemen voor het mkb'],
    waarom: 'Inclusief ondernemen en inclusief HR-beleid werken inclusief werkgeverschap uit.',
  },
  {
    tekst: 'training voor leidinggevenden', gids: 'DENNIS', soort: 'meerdere woorden',
    relevant: ['Ontwikkelingsgericht leidinggeven', 'Training leidinggeven aan inclusie', 'Ontwikkelingsgericht leidinggeven voor het mkb', 'Training leidinggeven aan inclusie in Oost Gelre', 'Training leidinggeven aan inclusie via een stage', 'Ontwikkelingsgericht leidinggeven met BBL-contract', 'Ontwikkelingsgericht leidinggeven voor 50-plussers', 'Training leidinggeven aan inclusie met BBL-contract', 'Ontwikkelingsgericht leidinggeven voor schoolverlaters', 'Training leidinggeven aan inclusie voor schoolverlaters'],
    waarom: 'Trainingen in leidinggeven.',
  },
  {
    tekst: 'werken met een arbeidsbeperking', gids: 'EVA', soort: 'meerdere woorden',
    relevant: ['Werkfit-traject in de ICT bij een arbeidsbeperking', 'Jobcoaching nazorg in de kinderopvang bij een arbeidsbeperking', 'Jobcoaching bij plaatsing bij een arbeidsbeperking in de regio Midden-Utrecht'],
    waarom: 'Aan het werk gaan, bij een arbeidsbeperking.',
  },
  {
    tekst: 'stage in de zorg', gids: 'EVA', soort: 'meerdere woorden',
    relevant: ['Oriëntatiestage in de zorg (Moerdijk)'],
    waarom: 'Stages in de zorg.',
  },
  {
    tekst: 'leren en werken', gids: 'EVA', soort: 'meerdere woorden',
    relevant: LEREN_EN_WERKEN,
    waarom: 'Leerwerktrajecten en BBL-trajecten combineren leren en werken.',
  },
  {
    tekst: 'schulden werknemers', gids: 'DENNIS', soort: 'meerdere woorden',
    relevant: ['Schuldhulp voor werknemers', 'Schuldhulp voor werknemers in Ede', 'Schuldhulp voor werknemers in Leusden', 'Schuldhulp voor werknemers voor Wajongers', 'Schuldhulp voor werknemers voor 50-plussers', 'Schuldhulp voor werknemers in de regio Twente', 'Schuldhulp voor werknemers in de regio Rijnmond', 'Schuldhulp voor werknemers in de regio Amersfoort', 'Schuldhulp voor werknemers voor 50-plussers in Smallingerland', 'Schuldhulp voor werknemers via een stage in de regio Regio Zwolle'],
    waarom: 'Schuldhulp voor werknemers.',
  },
  {
    tekst: 'cv maken', gids: 'EVA', soort: 'meerdere woorden',
    relevant: ['Cv-training', 'Cv-training voor nieuwkomers', 'Cv-training in de regio Drenthe', 'Cv-training voor laaggeletterden', 'Cv-training voor dak- en thuislozen', 'Cv-training bij een arbeidsbeperking', 'Cv-training voor alleenstaande ouders', 'Cv-training voor alleenstaande ouders in Delft'],
    waarom: 'In de cv-training maak je een cv.',
  },
  // gewoon
  {
    tekst: 'sollicitatietraining', gids: 'EVA', soort: 'gewoon',
    relevant: SOLLICITATIETRAINING,
    waarom: 'De naam zelf.',
  },
  {
    tekst: 'loonkostensubsidie', gids: 'DENNIS', soort: 'gewoon',
    relevant: LOONKOSTENSUBSIDIE,
    waarom: 'De naam zelf.',
  },
  {
    tekst: 'no-riskpolis', gids: 'DENNIS', soort: 'gewoon',
    relevant: ['No-riskpolis voor Wajongers', 'No-riskpolis in Hengelo (O.)'],
    waarom: 'De naam zelf.',
  },
  {
    tekst: 'dagbesteding', gids: 'EVA', soort: 'gewoon',
    relevant: DAGBESTEDING,
    waarom: 'De naam zelf.',
  },
  {
    tekst: 'jobcarving', gids: 'DENNIS', soort: 'gewoon',
    relevant: JOBCARVING,
    waarom: 'De naam zelf.',
  },
  {
    tekst: 'fietsles', gids: 'EVA', soort: 'gewoon',
    relevant: ['Fietsles', 'Fietsles in Enschede', 'Fietsles in Groningen', 'Fietsles voor NUG-ers', 'Fietsles voor statushouders', 'Fietsles bij dreigend ontslag', 'Fietsles voor laaggeletterden', 'Fietsles voor (ex-)ondernemers', 'Fietsles bij een arbeidsbeperking', 'Fietsles voor alleenstaande ouders in Leiderdorp'],
    waarom: 'De naam zelf.',
  },
  {
    tekst: 'mentorwijs', gids: 'DENNIS', soort: 'gewoon',
    relevant: ['Mentorwijs', 'Mentorwijs voor Wajongers', 'Mentorwijs met BBL-contract', 'Mentorwijs in Midden-Drenthe', 'Mentorwijs in Geertruidenberg', 'Mentorwijs in Tytsjerksteradiel', 'Mentorwijs voor schoolverlaters', 'Mentorwijs in de regio Friesland', 'Mentorwijs in de regio Haaglanden', 'Mentorwijs met BBL-contract in Blaricum'],
    waarom: 'De naam zelf.',
  },
  {
    tekst: 'talentenpool', gids: 'DENNIS', soort: 'gewoon',
    relevant: ['Talentenpool', 'Talentenpool in Heerlen', 'Talentenpool voor Wajongers', 'Talentenpool met BBL-contract', 'Talentenpool voor jongeren in de regio Drechtsteden'],
    waarom: 'De naam zelf.',
  },
  {
    tekst: 'duurzame inzetbaarheid', gids: 'DENNIS', soort: 'gewoon',
    relevant: ['Duurzame inzetbaarheid', 'Duurzame inzetbaarheid in de ICT', 'Duurzame inzetbaarheid in de zorg', 'Duurzame inzetbaarheid in de horeca', 'Duurzame inzetbaarheid in het groen', 'Duurzame inzetbaarheid voor het mkb', 'Duurzame inzetbaarheid in Oost Gelre', 'Duurzame inzetbaarheid via een stage', 'Duurzame inzetbaarheid in de techniek', 'Duurzame inzetbaarheid voor Wajongers'],
    waarom: 'De naam zelf.',
  },
  {
    tekst: 'inburgering', gids: 'EVA', soort: 'gewoon',
    relevant: ['Inburgering en werk', 'Inburgering en werk in Elburg', 'Inburgering en werk voor jongeren', 'Inburgering en werk in Neder-Betuwe', 'Inburgering en werk in de regio Groot Amsterdam', 'Inburgering en werk voor statushouders in de regio Zeeland', 'Inburgering en werk voor nieuwkomers in de regio Groot Amsterdam', 'Inburgering en werk bij dreigend ontslag in de regio Zuidoost-Brabant', 'Inburgering en werk voor 50-plussers in de regio Zaanstreek/Waterland'],
    waarom: 'De naam zelf.',
  },
  {
    tekst: 'vacaturebank', gids: 'EVA', soort: 'gewoon',
    relevant: ['Vacaturebank', 'Vacaturebank in de regio Twente', 'Vacaturebank voor dak- en thuislozen in de regio Gorinchem'],
    waarom: 'De naam zelf.',
  },
];
