/**
 * Building blocks for the deterministic demo generator: plain B1 sentences that fit any tegel (the names and the
 * sentences per tegel are in demo-namen.data.ts), aanbieders and people. Organisations and people are fictional.
 * Eva speaks to the werkzoekende ("je"), Dennis about the werkgever.
 */

export const SAMENVATTING_ZINNEN: string[] = [
  'Je werkt in kleine stappen aan je eigen doelen.',
  'Het traject duurt meestal een paar weken.',
  'De begeleiding is afgestemd op wat jij nodig hebt.',
  'Je werkt samen met andere deelnemers in een groep.',
  'Het instrument is bedoeld voor mensen die (nog) niet direct aan het werk kunnen.',
  'Na afloop weet je welke stap je daarna kunt zetten.',
  'De coach komt ook bij je thuis als dat nodig is.',
  'Er is aandacht voor je netwerk: familie, vrienden en oud-collega’s.',
  'Je oefent met werken op tijd en het nakomen van afspraken.',
  'Het traject is gratis voor inwoners met een uitkering.',
  'Samen met de klantmanager stel je een plan op.',
  'Je leert omgaan met tegenslag en stress.',
  'Er is een vaste contactpersoon voor jou en voor de werkgever.',
  'Je kunt op elk moment instromen.',
  'Je krijgt een reiskostenvergoeding.',
  'Je krijgt uitleg in eenvoudige taal.',
  'De aanbieder heeft veel ervaring met deze doelgroep.',
  'Het instrument past bij de aanpak van de gemeente.',
  'Deelnemers waarderen de persoonlijke aandacht.',
  'Na het traject volgt een evaluatiegesprek.',
  'Je oefent in een veilige omgeving.',
  'Er is ruimte voor je eigen tempo.',
];

export const WERKWIJZE_ZINNEN: string[] = [
  'Je hebt elke week een gesprek met je coach.',
  'Je volgt een training van acht bijeenkomsten.',
  'De eerste weken staan in het teken van kennismaken.',
  'Je maakt opdrachten en bespreekt die in de groep.',
  'De coach houdt contact met de werkgever.',
  'Je houdt een portfolio bij van wat je leert.',
  'Na elke fase is er een evaluatie met de klantmanager.',
  'Je krijgt huiswerk mee, bijv. een oefening met je netwerk.',
  'Het traject begint met een intake bij de aanbieder.',
  'Online lessen wisselen af met bijeenkomsten.',
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
  'Je kunt zelf naar de locatie reizen.',
  'Deelname is vrijwillig.',
  'Je hebt (nog) geen startkwalificatie.',
  'Je hebt een laptop of tablet, of je leent er een.',
];

export const AANMELD_ZINNEN: string[] = [
  'De klantmanager meldt je aan via het aanmeldformulier.',
  'Stuur een e-mail aan de contactpersoon met het klantnummer.',
  'Aanmelden kan via het zaaksysteem met de registratiecode.',
  'Neem eerst telefonisch contact op met de aanbieder.',
  'Na aanmelding volgt binnen twee weken een intakegesprek.',
  'Vul samen met de klant het aanmeldformulier in.',
  'Bespreek de aanmelding eerst in het casusoverleg.',
  'Er is een wachtlijst van ongeveer vier weken.',
  'De aanbieder bevestigt de aanmelding per e-mail.',
  'Voeg het klantbeeld toe aan de aanmelding.',
  'Aanmelden kan het hele jaar.',
  'Een warme overdracht met de klantmanager erbij heeft de voorkeur.',
  'Gebruik het formulier op de website van de aanbieder.',
];

export const DENNIS_ZINNEN: string[] = [
  'Het WerkgeversServicePunt regelt de ondersteuning voor de werkgever.',
  'De werkgever heeft een vast aanspreekpunt.',
  'Er zijn geen kosten voor de werkgever.',
  'De afspraken worden vastgelegd in een plan.',
  'Werkgevers in de regio hebben er goede ervaringen mee.',
  'De ondersteuning sluit aan bij de praktijk van het bedrijf.',
  'Gemeente, UWV en WSP werken hierin samen als één overheid.',
  'De werkgever houdt zelf de regie.',
];

export const DENNIS_VOORWAARDEN_ZINNEN: string[] = [
  'De werkgever is gevestigd in de arbeidsmarktregio.',
  'De kandidaat staat in het doelgroepregister.',
  'De werkgever biedt een contract van minimaal zes maanden.',
  'De werkgever wijst een vaste werkbegeleider aan.',
  'Het gaat om werk van minimaal 12 uur per week.',
  'De werkgever betaalt ten minste het wettelijk minimumloon.',
];

export const DENNIS_AANVRAAG_ZINNEN: string[] = [
  'De werkgever meldt zich bij het WerkgeversServicePunt.',
  'De werkgever vraagt de subsidie aan via de gemeente.',
  'Neem contact op met de accountmanager van uw regio.',
  'Aanvragen kan het hele jaar.',
  'Vraag de ondersteuning aan voordat de kandidaat begint.',
  'Gebruik het formulier op de website van het WSP.',
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
