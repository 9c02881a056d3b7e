/**
 * Building blocks for the deterministic demo generator: realistic Dutch instrument names per tegel (after the
 * "voorbeelden van instrumenten" in the handreikingen) and plain B1 sentences. Organisations and people are fictional.
 */

export const EVA_INSTRUMENT_NAMEN: Record<string, string[]> = {
  EW01: ['Eerste gesprek werk en inkomen', 'Snelle start', 'Welkomstgesprek', 'Laagdrempelig inloopspreekuur', 'Warme overdracht sociaal domein', 'Startgesprek jongeren', 'Signaleren laaggeletterdheid', 'Aanmeldpunt werk'],
  EW02: ['Zelfredzaamheidsmatrix (ZRM)', 'Psychodiagnostisch onderzoek', 'Competentietest', 'Capaciteitentest', 'Belastbaarheidsonderzoek', 'Arbeidsdeskundig onderzoek', 'Intake en klantbeeld', 'Werkfit-scan', 'Taaltoets', 'Verdiepende diagnose'],
  EW03: ['Schuldhulpverlening', 'Budgetcoaching', 'Uitkomen met inkomen', 'Vrijwilligerswerk op maat', 'Dagbesteding', 'Taalmaatje', 'Digitale vaardigheden voor iedereen', 'Stress-sensitieve begeleiding', 'Voorzieningencheck', 'Mantelzorgondersteuning', 'Fietsles voor nieuwkomers', 'Meedoen in de buurt'],
  EW04: ['Werkfit-traject', 'Training werknemersvaardigheden', 'Empowermenttraining', 'Jobcoaching', 'Werkervaringsplek', 'Sollicitatietraining', 'Cv-training', 'Presentatietraining', 'Mindfulnesstraining', 'Sociale vaardigheidstraining', 'Wandelcoaching', 'Activeringstraject'],
  EW05: ['Loopbaanoriëntatie', 'Snuffelstage', 'Bedrijfsbezoek', 'Beroepenmarkt', 'In-werkweek', 'Arbeidsmarktoriëntatie voor statushouders', 'Interessetest en loopbaangesprek', 'Meeloopdag'],
  EW06: ['VCA-cursus', 'Heftruckcertificaat', 'Praktijkleren in het mbo', 'BBL-traject zorg', 'Taaltraining op de werkvloer', 'Opleiding ICT', 'Lasopleiding', 'Leerwerktraject logistiek', 'Inburgering en werk', 'EVC-traject', 'Scholingsvoucher'],
  EW07: ['Matchingsoverleg', 'Speeddates met werkgevers', 'Banenmarkt', 'Bemiddeling via het WerkgeversServicePunt', 'Vacaturebank', 'Sollicitatiebegeleiding', 'Open hiring', 'Jobhunting'],
  EW08: ['Proefplaatsing', 'Loonkostensubsidie', 'Werkplekaanpassing', 'Praktijkroute', 'Jobcoaching op de werkplek', 'No-riskpolis', 'Startersbegeleiding nieuwe baan'],
  EW09: ['Nazorg na plaatsing', 'Jobcoaching nazorg', 'Ondersteuning werkgever', 'Duurzame inzetbaarheid', 'Terugvalpreventie', 'Loopbaancheck na een jaar'],
};

export const DENNIS_INSTRUMENT_NAMEN: Record<string, string[]> = {
  DW01: ['Vitaliteitsscan', 'Duurzame inzetbaarheid', 'Van werk naar werk', 'Scholingsbudget werknemers', 'Schuldhulp voor werknemers', 'Taal op de werkvloer'],
  DW02: ['Accountmanager werkgevers', 'Werkgeversservicepunt', 'Bedrijfsbezoek en adviesgesprek', 'Arbeidsmarktadvies', 'Personeelsvraagstukken', 'Social Return advies'],
  DW03: ['Inclusief ondernemen', 'Prestatieladder Sociaal Ondernemen', 'Jobcarving', 'Inclusief HR-beleid', 'Open hiring voor werkgevers', 'Stageplaatsen voor jongeren'],
  DW04: ['Training leidinggeven aan inclusie', 'Mentorwijs', 'Sectorplan scholing', 'Praktijkleren BBL', 'Begeleidingstraining voor collega’s', 'Opleidingssubsidie'],
  DW05: ['Individuele Plaatsing en Steun (IPS)', 'Draagvlakonderzoek', 'Teamtraining nieuwe collega', 'Inclusieve arbeidsorganisatie', 'Jobcoaching werkgever'],
  DW06: ['Werkprofiel opstellen', 'Functiecreatie', 'Vacature-analyse', 'Werkplekonderzoek', 'Competentieprofiel'],
  DW07: ['Werving en selectie op maat', 'Banenmarkt werkgevers', 'Matchingsdag', 'Voorselectie kandidaten', 'Recruitment doelgroepregister'],
  DW08: ['Kandidaten voordragen', 'Speeddate werkgevers', 'Sollicitatiegesprek met begeleiding', 'Bemiddeling WSP', 'Werkgeversarrangement'],
  DW09: ['Loonkostensubsidie', 'Proefplaatsing', 'No-riskpolis', 'Loonkostenvoordeel (LKV)', 'Werkplekaanpassing', 'Praktijkroute werkgevers', 'Subsidie praktijkleren'],
  DW10: ['Nazorg werkgever', 'Jobcoaching na plaatsing', 'Terugkoppelgesprekken', 'Monitoring duurzame plaatsing', 'Werkgeversondersteuning na plaatsing'],
};

export const NAAM_TOEVOEGINGEN: string[] = [
  'voor jongeren', 'voor 50-plussers', 'voor statushouders', 'in de regio', 'intensief', 'online', 'in groepen', 'individueel',
  'op de werkvloer', 'plus', 'basis', 'kort', 'voor nieuwkomers', 'in de wijk', 'met begeleiding', 'op maat',
  'voor zzp’ers', 'voor laaggeletterden', 'in het mbo', 'voor werkgevers',
];

export const SAMENVATTING_ZINNEN: string[] = [
  'Je werkt in kleine stappen aan je eigen doelen.',
  'Een vaste coach helpt je, bijv. bij het maken van een planning.',
  'Je oefent o.a. met sollicitatiegesprekken en het schrijven van een cv.',
  'Het traject duurt meestal een paar weken.',
  'Je leert wat je goed kunt en wat je leuk vindt.',
  'We kijken samen welk werk bij je past.',
  'Je doet ervaring op bij een echte werkgever.',
  'De begeleiding is afgestemd op wat jij nodig hebt.',
  'Je krijgt hulp bij praktische zaken, zoals geldzaken of kinderopvang.',
  'Je werkt samen met andere deelnemers in een groep.',
  'Het instrument is bedoeld voor mensen die (nog) niet direct aan het werk kunnen.',
  'Je leert beter Nederlands spreken, d.w.z. op de werkvloer en daarbuiten.',
  'De werkgever krijgt ondersteuning bij het inwerken.',
  'Je haalt een erkend certificaat, bijv. VCA.',
  'Na afloop weet je welke stap je daarna kunt zetten.',
  'De coach komt ook bij je thuis als dat nodig is.',
  'Je werkt aan je conditie en je gezondheid.',
  'Er is aandacht voor je netwerk: familie, vrienden en oud-collega’s.',
  'Je oefent met werken op tijd en het nakomen van afspraken.',
  'Het traject is gratis voor inwoners met een uitkering.',
  'Samen met de klantmanager stel je een plan op.',
  'Je leert omgaan met tegenslag en stress.',
  'Werkgevers in de regio doen mee.',
  'Je maakt kennis met verschillende beroepen, o.a. in de zorg en de techniek.',
  'De werkplek wordt zo nodig aangepast.',
  'Er is een vaste contactpersoon voor jou en voor de werkgever.',
  'Je kunt op elk moment instromen.',
  'Het programma combineert leren en werken.',
  'Je krijgt een reiskostenvergoeding.',
  'De begeleiding stopt niet op de eerste werkdag.',
  'Je krijgt uitleg in eenvoudige taal.',
  'De aanbieder heeft veel ervaring met deze doelgroep.',
  'Het instrument past bij de aanpak van de gemeente.',
  'Deelnemers waarderen de persoonlijke aandacht.',
  'Je bouwt aan zelfvertrouwen en motivatie.',
  'Je leert digitale vaardigheden, bijv. e-mailen en solliciteren via internet.',
  'Na het traject volgt een evaluatiegesprek.',
  'De werkgever betaalt minder loon zolang je nog leert.',
  'Je oefent in een veilige omgeving.',
  'Er is ruimte voor je eigen tempo.',
];

export const DOEL_ZINNEN: string[] = [
  'Na afloop heb je een betaalde baan of een vaste werkervaringsplek.',
  'Je bent klaar om te solliciteren.',
  'Je weet welk werk bij je past.',
  'Je hebt een erkend certificaat behaald.',
  'Je financiële situatie is stabiel.',
  'Je spreekt en begrijpt Nederlands op werkniveau.',
  'Je doet mee in de samenleving, bijv. als vrijwilliger.',
  'Je houdt je werk langer vast.',
  'De werkgever kan de nieuwe medewerker goed begeleiden.',
  'Je hebt meer zelfvertrouwen.',
  'Je hebt een netwerk opgebouwd dat je helpt bij het vinden van werk.',
  'Je kunt zelfstandig een werkdag volhouden.',
  'De plaatsing is duurzaam.',
  'Je weet hoe je omgaat met tegenslag.',
  'Het klantbeeld is compleet en actueel.',
];

export const WERKWIJZE_ZINNEN: string[] = [
  'Je hebt elke week een gesprek met je coach.',
  'Je volgt een training van acht bijeenkomsten.',
  'Je werkt drie dagen per week op een leerwerkplek.',
  'De eerste weken staan in het teken van kennismaken.',
  'Je maakt opdrachten en bespreekt die in de groep.',
  'Er zijn praktijkdagen bij bedrijven in de buurt.',
  'De coach houdt contact met de werkgever.',
  'Je houdt een portfolio bij van wat je leert.',
  'Na elke fase is er een evaluatie met de klantmanager.',
  'Je krijgt huiswerk mee, bijv. een oefening met je netwerk.',
  'Het traject begint met een intake bij de aanbieder.',
  'Je leert in de praktijk, met een vaste werkbegeleider.',
  'Online lessen wisselen af met bijeenkomsten.',
  'De jobcoach komt regelmatig langs op de werkplek.',
  'Je werkt toe naar een examen.',
];

export const VOORWAARDEN_ZINNEN: string[] = [
  'Je woont in een van de deelnemende gemeenten.',
  'Je hebt een uitkering op grond van de Participatiewet.',
  'Je bent minimaal 18 jaar.',
  'Je spreekt Nederlands op minimaal A2-niveau.',
  'Je bent minimaal 12 uur per week beschikbaar.',
  'Je bent gemotiveerd om aan het werk te gaan.',
  'Er is een verwijzing van de klantmanager nodig.',
  'Je hebt geen verslavingsproblemen die deelname in de weg staan.',
  'De werkgever is gevestigd in de arbeidsmarktregio.',
  'De kandidaat staat in het doelgroepregister.',
  'Je kunt zelf naar de locatie reizen.',
  'Deelname is vrijwillig.',
  'Je hebt (nog) geen startkwalificatie.',
  'De werkgever biedt een contract van minimaal zes maanden.',
  'Je hebt een laptop of tablet, of je leent er een.',
];

export const AANMELD_ZINNEN: string[] = [
  'De klantmanager meldt je aan via het aanmeldformulier.',
  'Stuur een e-mail aan de contactpersoon met het klantnummer.',
  'Aanmelden kan via het zaaksysteem met de registratiecode.',
  'Neem eerst telefonisch contact op met de aanbieder.',
  'De werkgever meldt zich bij het WerkgeversServicePunt.',
  'Na aanmelding volgt binnen twee weken een intakegesprek.',
  'Vul samen met de klant het aanmeldformulier in.',
  'Bespreek de aanmelding eerst in het casusoverleg.',
  'Er is een wachtlijst van ongeveer vier weken.',
  'De aanbieder bevestigt de aanmelding per e-mail.',
  'Voeg het klantbeeld toe aan de aanmelding.',
  'De werkgever vraagt de subsidie aan via de gemeente.',
  'Aanmelden kan het hele jaar.',
  'Een warme overdracht met de klantmanager erbij heeft de voorkeur.',
  'Gebruik het formulier op de website van de aanbieder.',
];

export const AANBIEDER_NAMEN: string[] = [
  'Stichting Werkkracht', 'ROC Rivierland', 'Werkpunt', 'Talentenfabriek', 'De Brug', 'Opstap', 'Kansrijk Werk', 'Werkwijs',
  'Stap Verder', 'Sterk Werk', 'Groeikracht', 'Leerwerkbedrijf De Schakel', 'Baanbrekers', 'Jobcoach Collectief', 'Taalhuis',
  'Sociaal Ontwikkelbedrijf Vooruit', 'Re-integratiebureau Perspectief', 'Stichting Meedoen', 'Loopbaanhuis', 'Werkgeversnetwerk Samen',
  'Academie voor Vakmanschap', 'Coachpunt', 'De Werkplaats', 'Stichting Schuldvrij', 'Budgetmaatjes', 'Fietsschool', 'Digitaal Vaardig',
  'Bureau Werkfit', 'Stichting Eigen Kracht', 'Bedrijfsschool Techniek', 'Zorgacademie', 'Horecaschool', 'Logistiek Leerbedrijf',
  'Groenwerk', 'Stichting Vrijwillig Actief', 'Jongerenloket', 'Vakwerk Opleidingen', 'Stichting Nieuwkomers aan de Slag',
  'Werkmakers', 'Inclusief Ondernemen', 'Het Leerpark', 'Participatiebedrijf', 'Stichting Balans', 'Mentaal Fit', 'Loopbaancentrum',
  'Praktijkleren Direct', 'Bureau Jobcarving', 'Werkgeverspunt', 'Stichting Taalvaardig', 'Start Werk', 'Kompas Coaching',
  'Het Werkatelier', 'Stichting Nieuwe Kansen', 'Opleidingsbedrijf Bouw', 'Werkervaring Plus', 'De Leerfabriek', 'Buurtwerk',
  'Stichting Zelfregie', 'Veilig Werken Opleidingen', 'Sportief Actief',
];

export const VOORNAMEN: string[] = [
  'Anna', 'Mohamed', 'Sanne', 'Joost', 'Fatima', 'Pieter', 'Lotte', 'Ahmed', 'Eva', 'Daan', 'Noor', 'Sem', 'Yasmina', 'Bram',
  'Fleur', 'Kevin', 'Ilse', 'Hasan', 'Marieke', 'Tim', 'Samira', 'Jeroen', 'Linda', 'Rachid', 'Esther', 'Thijs', 'Nadia', 'Koen',
  'Sophie', 'Ricardo', 'Anouk', 'Emre', 'Maaike', 'Dennis', 'Ayşe', 'Wouter', 'Inge', 'Youssef', 'Petra', 'Ruben',
];

export const ACHTERNAMEN: string[] = [
  'de Vries', 'Jansen', 'van den Berg', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos',
  'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits', 'de Graaf', 'van der Meer', 'El Amrani',
  'Yilmaz', 'van Dijk', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen', 'van den Broek', 'Schouten',
  'Willems', 'Hoekstra', 'Koster', 'Prins', 'Huisman', 'Kaya', 'Bouzid',
];

export const STRAATNAMEN: string[] = [
  'Dorpsstraat', 'Stationsweg', 'Kerkstraat', 'Schoolstraat', 'Molenweg', 'Julianastraat', 'Beatrixlaan', 'Nieuwstraat', 'Markt',
  'Industrieweg', 'Hoofdstraat', 'Wilhelminastraat', 'Kanaalweg', 'Parallelweg', 'Emmalaan', 'Havenstraat', 'Raadhuisplein',
  'Spoorlaan', 'Oranjestraat', 'Prins Hendrikstraat', 'Burgemeester de Withstraat', 'Zuidwal', 'Noordsingel', 'Tuinstraat',
  'Ambachtsweg', 'Energieweg', 'Koningsweg', 'Lindelaan', 'Ringweg', 'Vaartweg',
];
