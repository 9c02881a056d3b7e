export interface KenmerkSeed { code: string; naam: string; ondertitel?: string; beschrijving?: string; toolsEnAandachtspunten?: string; voorbeelden?: string[]; positie?: { x: number; y: number }; children?: KenmerkSeed[] }
export interface KenmerkCategorieSeed { code: string; naam: string; gids: 'EVA' | 'DENNIS'; soort: 'BASIS' | 'PRAKTISCH'; volgorde: number; meervoudig: boolean; perOrganisatie: boolean; beschrijving?: string; kenmerken: KenmerkSeed[] }
export const KENMERK_CATEGORIEEN: KenmerkCategorieSeed[] = [
 {
  "code": "EVA_TEGEL",
  "naam": "Tegels werklandschap",
  "gids": "EVA",
  "soort": "BASIS",
  "volgorde": 1,
  "meervoudig": true,
  "perOrganisatie": false,
  "kenmerken": [
   {
    "code": "EW01",
    "naam": "Melding",
    "positie": {
     "x": 0,
     "y": 1
    },
    "ondertitel": "Start",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "EW02",
    "naam": "Diagnostiek",
    "positie": {
     "x": 1,
     "y": 1
    },
    "ondertitel": "Opstellen klantbeeld",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "EW03",
    "naam": "Maatschappelijk fit",
    "positie": {
     "x": 2,
     "y": 0
    },
    "ondertitel": "Meedoen, in balans zijn en participeren",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "EW04",
    "naam": "Werk fit",
    "positie": {
     "x": 2,
     "y": 1
    },
    "ondertitel": "klaar voor werk",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "EW05",
    "naam": "Oriëntatie",
    "positie": {
     "x": 2,
     "y": 2
    },
    "ondertitel": "Op de arbeidsmarkt",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "EW06",
    "naam": "Opleiden",
    "positie": {
     "x": 3,
     "y": 2
    },
    "ondertitel": "Kwalificeren",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "EW07",
    "naam": "Bemiddeling",
    "positie": {
     "x": 3,
     "y": 1
    },
    "ondertitel": "Kandidaten en vacatures koppelen",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "EW08",
    "naam": "Plaatsing",
    "positie": {
     "x": 4,
     "y": 1
    },
    "ondertitel": "Werkelijk aan de slag",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "EW09",
    "naam": "Nazorg",
    "positie": {
     "x": 4,
     "y": 2
    },
    "ondertitel": "Voor duurzame plaatsing",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   }
  ]
 },
 {
  "code": "EVA_KLANTKENMERK",
  "naam": "Klantkenmerken",
  "gids": "EVA",
  "soort": "BASIS",
  "volgorde": 2,
  "meervoudig": true,
  "perOrganisatie": false,
  "kenmerken": [
   {
    "code": "KK11",
    "naam": "Beroepskeuze, beroepsvoorkeur, en beroepsoriëntatie"
   },
   {
    "code": "KK12",
    "naam": "Willen en geloven in eigen kunnen"
   },
   {
    "code": "KK14",
    "naam": "Sociale steun en netwerk"
   },
   {
    "code": "KK13",
    "naam": "Zelfregie / zelfsturing"
   },
   {
    "code": "KK15",
    "naam": "Aandachtspunten klant",
    "children": [
     {
      "code": "KK01",
      "naam": "Psychosociale aandachtspunten"
     },
     {
      "code": "KK02",
      "naam": "Lichamelijke aandachtspunten"
     },
     {
      "code": "KK03",
      "naam": "Praktische aandachtspunten"
     }
    ]
   },
   {
    "code": "KK05",
    "naam": "Basisvaardigheden"
   },
   {
    "code": "KK04",
    "naam": "Sociale- en culturele vaardigheden"
   },
   {
    "code": "KK16",
    "naam": "Werknemersvaardigheden",
    "children": [
     {
      "code": "KK06",
      "naam": "Basis werknemersvaardigheden"
     },
     {
      "code": "KK07",
      "naam": "Toekomstige werknemersvaardigheden"
     }
    ]
   },
   {
    "code": "KK08",
    "naam": "Sollicitatievaardigheden"
   },
   {
    "code": "KK17",
    "naam": "Vakvaardigheden",
    "children": [
     {
      "code": "KK09",
      "naam": "Diplomeren, certificeren, en praktijkverklaring"
     },
     {
      "code": "KK10",
      "naam": "Werkervaring"
     }
    ]
   }
  ]
 },
 {
  "code": "EVA_UITVOERINGSVORM",
  "naam": "Uitvoeringsvorm",
  "gids": "EVA",
  "soort": "PRAKTISCH",
  "volgorde": 3,
  "meervoudig": true,
  "perOrganisatie": false,
  "kenmerken": [
   {
    "code": "UV01",
    "naam": "(Bij)scholing"
   },
   {
    "code": "UV02",
    "naam": "Opleiding"
   },
   {
    "code": "UV03",
    "naam": "Leerwerktraject"
   },
   {
    "code": "UV04",
    "naam": "(Vrijwilligers)werk"
   },
   {
    "code": "UV05",
    "naam": "Vragenlijst"
   },
   {
    "code": "UV06",
    "naam": "Onderzoek"
   },
   {
    "code": "UV07",
    "naam": "Coaching"
   },
   {
    "code": "UV08",
    "naam": "Subsidie/Voucher"
   },
   {
    "code": "UV09",
    "naam": "Tolken/Vertalen"
   },
   {
    "code": "UV10",
    "naam": "Verwijzing"
   },
   {
    "code": "UV11",
    "naam": "Materiele ondersteuning"
   },
   {
    "code": "UV12",
    "naam": "Bemiddeling"
   }
  ]
 },
 {
  "code": "EVA_DOELGROEP",
  "naam": "Doelgroepen",
  "gids": "EVA",
  "soort": "PRAKTISCH",
  "volgorde": 4,
  "meervoudig": true,
  "perOrganisatie": true,
  "kenmerken": [
   {
    "code": "ED01",
    "naam": "Jongeren tot 27 jaar"
   },
   {
    "code": "ED02",
    "naam": "50-plussers"
   },
   {
    "code": "ED03",
    "naam": "(Vermoedelijk) Verstandelijke beperking (IQ 50-85)"
   },
   {
    "code": "ED04",
    "naam": "(Vermoedelijk) Arbeidsbeperkten"
   },
   {
    "code": "ED05",
    "naam": "Statushouders"
   },
   {
    "code": "ED06",
    "naam": "Migranten"
   },
   {
    "code": "ED07",
    "naam": "(Ex) Ondernemers"
   },
   {
    "code": "ED08",
    "naam": "Dak- en thuislozen"
   },
   {
    "code": "ED09",
    "naam": "Laaggeletterden en analfabeten"
   },
   {
    "code": "ED10",
    "naam": "ZZP-er"
   },
   {
    "code": "ED11",
    "naam": "Met werkloosheid bedreigd"
   },
   {
    "code": "ED12",
    "naam": "Banenafspraak (doelgroepregister)"
   },
   {
    "code": "ED13",
    "naam": "NUG-ers"
   },
   {
    "code": "ED14",
    "naam": "Medewerkers"
   }
  ]
 },
 {
  "code": "EVA_GROEPSVORM",
  "naam": "Groep/individueel",
  "gids": "EVA",
  "soort": "PRAKTISCH",
  "volgorde": 5,
  "meervoudig": true,
  "perOrganisatie": false,
  "kenmerken": [
   {
    "code": "GV01",
    "naam": "Individueel"
   },
   {
    "code": "GV02",
    "naam": "Groep"
   }
  ]
 },
 {
  "code": "DENNIS_TEGEL",
  "naam": "Tegels werklandschap werkgevers",
  "gids": "DENNIS",
  "soort": "BASIS",
  "volgorde": 1,
  "meervoudig": true,
  "perOrganisatie": false,
  "kenmerken": [
   {
    "code": "DW01",
    "naam": "Voorzorg",
    "positie": {
     "x": 4,
     "y": 0
    },
    "ondertitel": "Voor behoud van werk",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "DW02",
    "naam": "Werkgever Contact",
    "positie": {
     "x": 4,
     "y": 1
    },
    "ondertitel": "Vraag werkgever",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "DW03",
    "naam": "Oriëntatie",
    "positie": {
     "x": 3,
     "y": 2
    },
    "ondertitel": "Op de arbeidsmarkt",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "DW04",
    "naam": "Opleiden",
    "positie": {
     "x": 2,
     "y": 2
    },
    "ondertitel": "klaar voor werk",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "DW05",
    "naam": "Kandidaat fit",
    "positie": {
     "x": 3,
     "y": 0
    },
    "ondertitel": "Klaar voor kandidaat",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "DW06",
    "naam": "Opstellen Werkprofiel",
    "positie": {
     "x": 3,
     "y": 1
    },
    "ondertitel": "Beoordelen vacature",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "DW07",
    "naam": "Werving en Selectie",
    "positie": {
     "x": 2,
     "y": 1
    },
    "ondertitel": "Vinden van kandidaten bij vacature",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "DW08",
    "naam": "Bemiddeling",
    "positie": {
     "x": 1,
     "y": 1
    },
    "ondertitel": "Kandidaten aan vacatures koppelen",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "DW09",
    "naam": "Plaatsing",
    "positie": {
     "x": 0,
     "y": 1
    },
    "ondertitel": "Werkelijk aan de slag",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   },
   {
    "code": "DW10",
    "naam": "Nazorg",
    "positie": {
     "x": 1,
     "y": 2
    },
    "ondertitel": "Voor duurzame plaatsing",
    "toolsEnAandachtspunten": "Houding\n- Open en vertrouwenwekkend"
   }
  ]
 },
 {
  "code": "DENNIS_DOELGROEP",
  "naam": "Doelgroep",
  "gids": "DENNIS",
  "soort": "PRAKTISCH",
  "volgorde": 2,
  "meervoudig": true,
  "perOrganisatie": true,
  "kenmerken": [
   {
    "code": "DD01",
    "naam": "Geen uitkering"
   },
   {
    "code": "DD02",
    "naam": "Participatiewet (Bijstand, IOAW, IOAZ)"
   },
   {
    "code": "DD03",
    "naam": "Wajong"
   },
   {
    "code": "DD04",
    "naam": "WAO, WIA, WAZ"
   },
   {
    "code": "DD05",
    "naam": "WW, IOW"
   },
   {
    "code": "DD06",
    "naam": "Ondernemer met personeel"
   },
   {
    "code": "DD07",
    "naam": "Zelfstandig ondernemer (ZZP)"
   },
   {
    "code": "DD08",
    "naam": "Met werkloosheid bedreigd"
   }
  ]
 },
 {
  "code": "DENNIS_DOELGROEPREGISTER",
  "naam": "Doelgroepregister",
  "gids": "DENNIS",
  "soort": "PRAKTISCH",
  "volgorde": 3,
  "meervoudig": true,
  "perOrganisatie": false,
  "kenmerken": [
   {
    "code": "DR01",
    "naam": "Ja"
   },
   {
    "code": "DR02",
    "naam": "Nee"
   }
  ]
 },
 {
  "code": "DENNIS_DIENSTVERBAND",
  "naam": "Dienstverband",
  "gids": "DENNIS",
  "soort": "PRAKTISCH",
  "volgorde": 4,
  "meervoudig": true,
  "perOrganisatie": false,
  "kenmerken": [
   {
    "code": "DV01",
    "naam": "Reguliere arbeidsovereenkomst"
   },
   {
    "code": "DV02",
    "naam": "BBL arbeidsovereenkomst"
   },
   {
    "code": "DV03",
    "naam": "Stage (met stagevergoeding)"
   },
   {
    "code": "DV04",
    "naam": "Werkervaring"
   }
  ]
 },
 {
  "code": "DENNIS_LEEFTIJDSGROEP",
  "naam": "Leeftijdsgroep",
  "gids": "DENNIS",
  "soort": "PRAKTISCH",
  "volgorde": 5,
  "meervoudig": true,
  "perOrganisatie": false,
  "kenmerken": [
   {
    "code": "LG01",
    "naam": "16 t/m 18 jaar"
   },
   {
    "code": "LG02",
    "naam": "19 t/m 21 jaar"
   },
   {
    "code": "LG03",
    "naam": "22 t/m 26 jaar"
   },
   {
    "code": "LG04",
    "naam": "27 t/m 55 jaar"
   },
   {
    "code": "LG05",
    "naam": "56 jaar tot AOW leeftijd"
   },
   {
    "code": "LG06",
    "naam": "AOW leeftijd en ouder"
   }
  ]
 }
];
