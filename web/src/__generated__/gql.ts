/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment ActiveFilters on InstrumentSearchResult {\n  facets {\n    opties {\n      kenmerk {\n        code\n        naam\n      }\n    }\n  }\n  ...PraktischeKeuzes\n}": typeof types.ActiveFiltersFragmentDoc,
    "query AreaRegios {\n  regios {\n    code\n    naam\n  }\n}\n\nquery AreaGemeenten($regioCode: ID!) {\n  gemeenten(regioCode: $regioCode) {\n    code\n    naam\n  }\n}": typeof types.AreaRegiosDocument,
    "fragment FacetFilters on InstrumentSearchResult {\n  facets {\n    categorie {\n      code\n      naam\n      soort\n    }\n    opties {\n      kenmerk {\n        code\n        naam\n        parent {\n          code\n        }\n      }\n      count\n      available\n    }\n  }\n}": typeof types.FacetFiltersFragmentDoc,
    "fragment GemeentePicker on Gemeente {\n  code\n  naam\n}": typeof types.GemeentePickerFragmentDoc,
    "fragment InstrumentCard on Instrument {\n  id\n  naam\n  samenvattingKort\n  aanbieder {\n    id\n    naam\n  }\n  kenmerken {\n    categorie {\n      soort\n    }\n    kenmerken {\n      naam\n    }\n  }\n  beoordeling {\n    gemiddelde\n    aantal\n  }\n}": typeof types.InstrumentCardFragmentDoc,
    "query LoginStatus {\n  me {\n    id\n    naam\n  }\n}\n\nmutation Logout {\n  logout\n}": typeof types.LoginStatusDocument,
    "fragment PraktischeKeuzes on InstrumentSearchResult {\n  kosten {\n    maxKosten\n    label\n    count\n  }\n  duur {\n    waarde\n    eenheid\n    label\n    count\n  }\n  intensiteit {\n    minIntensiteit\n    maxIntensiteit\n    label\n    count\n  }\n  typen {\n    type\n    count\n  }\n  aanbieders(first: 10) {\n    aanbieder {\n      id\n      naam\n    }\n    count\n  }\n  wijken {\n    wijk {\n      id\n      naam\n    }\n    count\n  }\n  sterren {\n    minSterren\n    count\n  }\n}": typeof types.PraktischeKeuzesFragmentDoc,
    "fragment RegioAantallen on Regio {\n  code\n  naam\n  instrumentAantallen(gids: $gids) {\n    landelijk\n    regionaal\n    lokaal\n    totaal\n  }\n}": typeof types.RegioAantallenFragmentDoc,
    "fragment RegioList on Regio {\n  code\n  naam\n  provincie\n}": typeof types.RegioListFragmentDoc,
    "fragment Suggestie on InstrumentSearchResult {\n  suggestie\n}": typeof types.SuggestieFragmentDoc,
    "fragment InstrumentBeoordeling on Instrument {\n  id\n  organisatie {\n    id\n  }\n  beoordeling {\n    gemiddelde\n    aantal\n    verdeling {\n      sterren\n      aantal\n    }\n    resultaat\n    uitvoering\n  }\n}\n\nquery InstrumentBeoordelingVernieuwd($id: ID!) {\n  instrument(id: $id) {\n    id\n    ...InstrumentBeoordeling\n  }\n}": typeof types.InstrumentBeoordelingFragmentDoc,
    "fragment InstrumentContactpersonen on Instrument {\n  contactpersonen {\n    soort\n    label\n    contactpersoon {\n      id\n      naam\n      telefoon\n      email\n    }\n  }\n}": typeof types.InstrumentContactpersonenFragmentDoc,
    "fragment InstrumentDuurKosten on Instrument {\n  totaleDuur\n  duurEenheid\n  toelichtingDuur\n  intensiteit\n  toelichtingIntensiteit\n  totaleKosten\n  toelichtingKosten\n}": typeof types.InstrumentDuurKostenFragmentDoc,
    "fragment InstrumentGebieden on Instrument {\n  beschikbareGebieden {\n    landelijk\n    regios {\n      code\n      naam\n    }\n    gemeenten {\n      code\n      naam\n    }\n    wijken {\n      id\n      naam\n    }\n  }\n}": typeof types.InstrumentGebiedenFragmentDoc,
    "fragment InstrumentGegevens on Instrument {\n  type\n  aanbieder {\n    id\n    naam\n    website\n  }\n  organisatie {\n    id\n    naam\n  }\n}": typeof types.InstrumentGegevensFragmentDoc,
    "fragment InstrumentKenmerken on Instrument {\n  kenmerken {\n    categorie {\n      code\n      naam\n    }\n    kenmerken {\n      code\n      naam\n    }\n  }\n}": typeof types.InstrumentKenmerkenFragmentDoc,
    "fragment InstrumentLocaties on Instrument {\n  locaties {\n    id\n    naam\n    type\n    inGebruik\n    beschrijving\n    adres {\n      id\n      straat\n      huisnummer\n      postcode\n      plaats\n    }\n  }\n}": typeof types.InstrumentLocatiesFragmentDoc,
    "fragment InstrumentMeerInformatie on Instrument {\n  links {\n    id\n    label\n    url\n  }\n  downloads {\n    id\n    label\n    bestandsnaam\n    mimeType\n    grootte\n    url\n  }\n  videos {\n    id\n    label\n    youtubeId\n  }\n}": typeof types.InstrumentMeerInformatieFragmentDoc,
    "fragment InstrumentOmschrijvingen on Instrument {\n  gids\n  doel\n  werkwijze\n  onderscheidendeAanpak\n  voorwaardenDeelname\n  werkafspraken\n  samenwerkingspartners\n  toelichtingDoelgroep\n  aanvullendeInformatie\n  aanmeldinstructies\n  beschrijving\n  voorwaarden\n  aanvragen\n}": typeof types.InstrumentOmschrijvingenFragmentDoc,
    "fragment InstrumentRegistratiecodes on Instrument {\n  registratiecodes {\n    id\n    code\n    label\n  }\n}": typeof types.InstrumentRegistratiecodesFragmentDoc,
    "query MijnReview($instrumentId: ID!) {\n  me {\n    id\n    rol\n    organisaties {\n      id\n    }\n  }\n  mijnReview(instrumentId: $instrumentId) {\n    id\n    version\n    sterren\n    resultaat\n    uitvoering\n    tekst\n    toelichtingResultaat\n    toelichtingUitvoering\n    verborgen\n    verbergReden\n  }\n}\n\nmutation CreateReview($instrumentId: ID!, $sterren: Int!, $resultaat: Int, $uitvoering: Int, $tekst: String, $toelichtingResultaat: String, $toelichtingUitvoering: String) {\n  createReview(\n    instrumentId: $instrumentId\n    sterren: $sterren\n    resultaat: $resultaat\n    uitvoering: $uitvoering\n    tekst: $tekst\n    toelichtingResultaat: $toelichtingResultaat\n    toelichtingUitvoering: $toelichtingUitvoering\n  ) {\n    id\n  }\n}\n\nmutation UpdateReview($id: ID!, $version: Int!, $sterren: Int!, $resultaat: Int, $uitvoering: Int, $tekst: String, $toelichtingResultaat: String, $toelichtingUitvoering: String) {\n  updateReview(\n    id: $id\n    version: $version\n    sterren: $sterren\n    resultaat: $resultaat\n    uitvoering: $uitvoering\n    tekst: $tekst\n    toelichtingResultaat: $toelichtingResultaat\n    toelichtingUitvoering: $toelichtingUitvoering\n  ) {\n    id\n    version\n  }\n}\n\nmutation WithdrawReview($id: ID!) {\n  withdrawReview(id: $id)\n}": typeof types.MijnReviewDocument,
    "query InstrumentReviews($id: ID!, $after: String) {\n  instrument(id: $id) {\n    id\n    reviews(first: 10, after: $after) {\n      totalCount\n      nodes {\n        id\n        sterren\n        resultaat\n        uitvoering\n        tekst\n        toelichtingResultaat\n        toelichtingUitvoering\n        verborgen\n        createdAt\n        auteur {\n          id\n          naam\n        }\n        organisatie {\n          id\n          naam\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.InstrumentReviewsDocument,
    "fragment Tegel on Kenmerk {\n  code\n  naam\n  ondertitel\n  beschrijving\n  toolsEnAandachtspunten\n  voorbeelden\n  positie {\n    x\n    y\n  }\n}": typeof types.TegelFragmentDoc,
    "mutation RecordEvents($events: [InteractieInput!]!) {\n  recordEvents(events: $events)\n}": typeof types.RecordEventsDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    gebruiker {\n      id\n      naam\n    }\n  }\n}": typeof types.LoginDocument,
    "query InstrumentDetail($id: ID!) {\n  instrument(id: $id) {\n    id\n    gids\n    naam\n    samenvatting\n    korteBeschrijving\n    ...InstrumentGegevens\n    ...InstrumentOmschrijvingen\n    ...InstrumentDuurKosten\n    ...InstrumentKenmerken\n    ...InstrumentContactpersonen\n    ...InstrumentLocaties\n    ...InstrumentRegistratiecodes\n    ...InstrumentMeerInformatie\n    ...InstrumentGebieden\n    ...InstrumentBeoordeling\n  }\n}": typeof types.InstrumentDetailDocument,
    "query GidsLanding {\n  regios {\n    code\n    ...RegioList\n  }\n}": typeof types.GidsLandingDocument,
    "query RegioPage($code: ID!, $gids: Gids!) {\n  regios {\n    code\n    naam\n    ...RegioAantallen\n  }\n  gemeenten(regioCode: $code) {\n    code\n    ...GemeentePicker\n  }\n  organisaties {\n    id\n    naam\n    regioCode\n  }\n  instrumentSearch(gids: $gids, filter: {regio: $code}, first: 10) {\n    totalCount\n    nodes {\n      id\n      ...InstrumentCard\n    }\n  }\n}": typeof types.RegioPageDocument,
    "query InstrumentSearch($gids: Gids!, $filter: InstrumentFilter, $first: Int!, $after: String, $sort: InstrumentSort) {\n  instrumentSearch(\n    gids: $gids\n    filter: $filter\n    first: $first\n    after: $after\n    sort: $sort\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      ...InstrumentCard\n    }\n    ...FacetFilters\n    ...ActiveFilters\n    ...PraktischeKeuzes\n    ...Suggestie\n  }\n}": typeof types.InstrumentSearchDocument,
    "query Werklandschap($gids: Gids!) {\n  kenmerkCategorieen(gids: $gids) {\n    code\n    naam\n    soort\n    beschrijving\n    kenmerken {\n      code\n      ...Tegel\n      children {\n        code\n        ...Tegel\n      }\n    }\n  }\n}": typeof types.WerklandschapDocument,
};
const documents: Documents = {
    "fragment ActiveFilters on InstrumentSearchResult {\n  facets {\n    opties {\n      kenmerk {\n        code\n        naam\n      }\n    }\n  }\n  ...PraktischeKeuzes\n}": types.ActiveFiltersFragmentDoc,
    "query AreaRegios {\n  regios {\n    code\n    naam\n  }\n}\n\nquery AreaGemeenten($regioCode: ID!) {\n  gemeenten(regioCode: $regioCode) {\n    code\n    naam\n  }\n}": types.AreaRegiosDocument,
    "fragment FacetFilters on InstrumentSearchResult {\n  facets {\n    categorie {\n      code\n      naam\n      soort\n    }\n    opties {\n      kenmerk {\n        code\n        naam\n        parent {\n          code\n        }\n      }\n      count\n      available\n    }\n  }\n}": types.FacetFiltersFragmentDoc,
    "fragment GemeentePicker on Gemeente {\n  code\n  naam\n}": types.GemeentePickerFragmentDoc,
    "fragment InstrumentCard on Instrument {\n  id\n  naam\n  samenvattingKort\n  aanbieder {\n    id\n    naam\n  }\n  kenmerken {\n    categorie {\n      soort\n    }\n    kenmerken {\n      naam\n    }\n  }\n  beoordeling {\n    gemiddelde\n    aantal\n  }\n}": types.InstrumentCardFragmentDoc,
    "query LoginStatus {\n  me {\n    id\n    naam\n  }\n}\n\nmutation Logout {\n  logout\n}": types.LoginStatusDocument,
    "fragment PraktischeKeuzes on InstrumentSearchResult {\n  kosten {\n    maxKosten\n    label\n    count\n  }\n  duur {\n    waarde\n    eenheid\n    label\n    count\n  }\n  intensiteit {\n    minIntensiteit\n    maxIntensiteit\n    label\n    count\n  }\n  typen {\n    type\n    count\n  }\n  aanbieders(first: 10) {\n    aanbieder {\n      id\n      naam\n    }\n    count\n  }\n  wijken {\n    wijk {\n      id\n      naam\n    }\n    count\n  }\n  sterren {\n    minSterren\n    count\n  }\n}": types.PraktischeKeuzesFragmentDoc,
    "fragment RegioAantallen on Regio {\n  code\n  naam\n  instrumentAantallen(gids: $gids) {\n    landelijk\n    regionaal\n    lokaal\n    totaal\n  }\n}": types.RegioAantallenFragmentDoc,
    "fragment RegioList on Regio {\n  code\n  naam\n  provincie\n}": types.RegioListFragmentDoc,
    "fragment Suggestie on InstrumentSearchResult {\n  suggestie\n}": types.SuggestieFragmentDoc,
    "fragment InstrumentBeoordeling on Instrument {\n  id\n  organisatie {\n    id\n  }\n  beoordeling {\n    gemiddelde\n    aantal\n    verdeling {\n      sterren\n      aantal\n    }\n    resultaat\n    uitvoering\n  }\n}\n\nquery InstrumentBeoordelingVernieuwd($id: ID!) {\n  instrument(id: $id) {\n    id\n    ...InstrumentBeoordeling\n  }\n}": types.InstrumentBeoordelingFragmentDoc,
    "fragment InstrumentContactpersonen on Instrument {\n  contactpersonen {\n    soort\n    label\n    contactpersoon {\n      id\n      naam\n      telefoon\n      email\n    }\n  }\n}": types.InstrumentContactpersonenFragmentDoc,
    "fragment InstrumentDuurKosten on Instrument {\n  totaleDuur\n  duurEenheid\n  toelichtingDuur\n  intensiteit\n  toelichtingIntensiteit\n  totaleKosten\n  toelichtingKosten\n}": types.InstrumentDuurKostenFragmentDoc,
    "fragment InstrumentGebieden on Instrument {\n  beschikbareGebieden {\n    landelijk\n    regios {\n      code\n      naam\n    }\n    gemeenten {\n      code\n      naam\n    }\n    wijken {\n      id\n      naam\n    }\n  }\n}": types.InstrumentGebiedenFragmentDoc,
    "fragment InstrumentGegevens on Instrument {\n  type\n  aanbieder {\n    id\n    naam\n    website\n  }\n  organisatie {\n    id\n    naam\n  }\n}": types.InstrumentGegevensFragmentDoc,
    "fragment InstrumentKenmerken on Instrument {\n  kenmerken {\n    categorie {\n      code\n      naam\n    }\n    kenmerken {\n      code\n      naam\n    }\n  }\n}": types.InstrumentKenmerkenFragmentDoc,
    "fragment InstrumentLocaties on Instrument {\n  locaties {\n    id\n    naam\n    type\n    inGebruik\n    beschrijving\n    adres {\n      id\n      straat\n      huisnummer\n      postcode\n      plaats\n    }\n  }\n}": types.InstrumentLocatiesFragmentDoc,
    "fragment InstrumentMeerInformatie on Instrument {\n  links {\n    id\n    label\n    url\n  }\n  downloads {\n    id\n    label\n    bestandsnaam\n    mimeType\n    grootte\n    url\n  }\n  videos {\n    id\n    label\n    youtubeId\n  }\n}": types.InstrumentMeerInformatieFragmentDoc,
    "fragment InstrumentOmschrijvingen on Instrument {\n  gids\n  doel\n  werkwijze\n  onderscheidendeAanpak\n  voorwaardenDeelname\n  werkafspraken\n  samenwerkingspartners\n  toelichtingDoelgroep\n  aanvullendeInformatie\n  aanmeldinstructies\n  beschrijving\n  voorwaarden\n  aanvragen\n}": types.InstrumentOmschrijvingenFragmentDoc,
    "fragment InstrumentRegistratiecodes on Instrument {\n  registratiecodes {\n    id\n    code\n    label\n  }\n}": types.InstrumentRegistratiecodesFragmentDoc,
    "query MijnReview($instrumentId: ID!) {\n  me {\n    id\n    rol\n    organisaties {\n      id\n    }\n  }\n  mijnReview(instrumentId: $instrumentId) {\n    id\n    version\n    sterren\n    resultaat\n    uitvoering\n    tekst\n    toelichtingResultaat\n    toelichtingUitvoering\n    verborgen\n    verbergReden\n  }\n}\n\nmutation CreateReview($instrumentId: ID!, $sterren: Int!, $resultaat: Int, $uitvoering: Int, $tekst: String, $toelichtingResultaat: String, $toelichtingUitvoering: String) {\n  createReview(\n    instrumentId: $instrumentId\n    sterren: $sterren\n    resultaat: $resultaat\n    uitvoering: $uitvoering\n    tekst: $tekst\n    toelichtingResultaat: $toelichtingResultaat\n    toelichtingUitvoering: $toelichtingUitvoering\n  ) {\n    id\n  }\n}\n\nmutation UpdateReview($id: ID!, $version: Int!, $sterren: Int!, $resultaat: Int, $uitvoering: Int, $tekst: String, $toelichtingResultaat: String, $toelichtingUitvoering: String) {\n  updateReview(\n    id: $id\n    version: $version\n    sterren: $sterren\n    resultaat: $resultaat\n    uitvoering: $uitvoering\n    tekst: $tekst\n    toelichtingResultaat: $toelichtingResultaat\n    toelichtingUitvoering: $toelichtingUitvoering\n  ) {\n    id\n    version\n  }\n}\n\nmutation WithdrawReview($id: ID!) {\n  withdrawReview(id: $id)\n}": types.MijnReviewDocument,
    "query InstrumentReviews($id: ID!, $after: String) {\n  instrument(id: $id) {\n    id\n    reviews(first: 10, after: $after) {\n      totalCount\n      nodes {\n        id\n        sterren\n        resultaat\n        uitvoering\n        tekst\n        toelichtingResultaat\n        toelichtingUitvoering\n        verborgen\n        createdAt\n        auteur {\n          id\n          naam\n        }\n        organisatie {\n          id\n          naam\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.InstrumentReviewsDocument,
    "fragment Tegel on Kenmerk {\n  code\n  naam\n  ondertitel\n  beschrijving\n  toolsEnAandachtspunten\n  voorbeelden\n  positie {\n    x\n    y\n  }\n}": types.TegelFragmentDoc,
    "mutation RecordEvents($events: [InteractieInput!]!) {\n  recordEvents(events: $events)\n}": types.RecordEventsDocument,
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    gebruiker {\n      id\n      naam\n    }\n  }\n}": types.LoginDocument,
    "query InstrumentDetail($id: ID!) {\n  instrument(id: $id) {\n    id\n    gids\n    naam\n    samenvatting\n    korteBeschrijving\n    ...InstrumentGegevens\n    ...InstrumentOmschrijvingen\n    ...InstrumentDuurKosten\n    ...InstrumentKenmerken\n    ...InstrumentContactpersonen\n    ...InstrumentLocaties\n    ...InstrumentRegistratiecodes\n    ...InstrumentMeerInformatie\n    ...InstrumentGebieden\n    ...InstrumentBeoordeling\n  }\n}": types.InstrumentDetailDocument,
    "query GidsLanding {\n  regios {\n    code\n    ...RegioList\n  }\n}": types.GidsLandingDocument,
    "query RegioPage($code: ID!, $gids: Gids!) {\n  regios {\n    code\n    naam\n    ...RegioAantallen\n  }\n  gemeenten(regioCode: $code) {\n    code\n    ...GemeentePicker\n  }\n  organisaties {\n    id\n    naam\n    regioCode\n  }\n  instrumentSearch(gids: $gids, filter: {regio: $code}, first: 10) {\n    totalCount\n    nodes {\n      id\n      ...InstrumentCard\n    }\n  }\n}": types.RegioPageDocument,
    "query InstrumentSearch($gids: Gids!, $filter: InstrumentFilter, $first: Int!, $after: String, $sort: InstrumentSort) {\n  instrumentSearch(\n    gids: $gids\n    filter: $filter\n    first: $first\n    after: $after\n    sort: $sort\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      ...InstrumentCard\n    }\n    ...FacetFilters\n    ...ActiveFilters\n    ...PraktischeKeuzes\n    ...Suggestie\n  }\n}": types.InstrumentSearchDocument,
    "query Werklandschap($gids: Gids!) {\n  kenmerkCategorieen(gids: $gids) {\n    code\n    naam\n    soort\n    beschrijving\n    kenmerken {\n      code\n      ...Tegel\n      children {\n        code\n        ...Tegel\n      }\n    }\n  }\n}": types.WerklandschapDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ActiveFilters on InstrumentSearchResult {\n  facets {\n    opties {\n      kenmerk {\n        code\n        naam\n      }\n    }\n  }\n  ...PraktischeKeuzes\n}"): (typeof documents)["fragment ActiveFilters on InstrumentSearchResult {\n  facets {\n    opties {\n      kenmerk {\n        code\n        naam\n      }\n    }\n  }\n  ...PraktischeKeuzes\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AreaRegios {\n  regios {\n    code\n    naam\n  }\n}\n\nquery AreaGemeenten($regioCode: ID!) {\n  gemeenten(regioCode: $regioCode) {\n    code\n    naam\n  }\n}"): (typeof documents)["query AreaRegios {\n  regios {\n    code\n    naam\n  }\n}\n\nquery AreaGemeenten($regioCode: ID!) {\n  gemeenten(regioCode: $regioCode) {\n    code\n    naam\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FacetFilters on InstrumentSearchResult {\n  facets {\n    categorie {\n      code\n      naam\n      soort\n    }\n    opties {\n      kenmerk {\n        code\n        naam\n        parent {\n          code\n        }\n      }\n      count\n      available\n    }\n  }\n}"): (typeof documents)["fragment FacetFilters on InstrumentSearchResult {\n  facets {\n    categorie {\n      code\n      naam\n      soort\n    }\n    opties {\n      kenmerk {\n        code\n        naam\n        parent {\n          code\n        }\n      }\n      count\n      available\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment GemeentePicker on Gemeente {\n  code\n  naam\n}"): (typeof documents)["fragment GemeentePicker on Gemeente {\n  code\n  naam\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentCard on Instrument {\n  id\n  naam\n  samenvattingKort\n  aanbieder {\n    id\n    naam\n  }\n  kenmerken {\n    categorie {\n      soort\n    }\n    kenmerken {\n      naam\n    }\n  }\n  beoordeling {\n    gemiddelde\n    aantal\n  }\n}"): (typeof documents)["fragment InstrumentCard on Instrument {\n  id\n  naam\n  samenvattingKort\n  aanbieder {\n    id\n    naam\n  }\n  kenmerken {\n    categorie {\n      soort\n    }\n    kenmerken {\n      naam\n    }\n  }\n  beoordeling {\n    gemiddelde\n    aantal\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoginStatus {\n  me {\n    id\n    naam\n  }\n}\n\nmutation Logout {\n  logout\n}"): (typeof documents)["query LoginStatus {\n  me {\n    id\n    naam\n  }\n}\n\nmutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment PraktischeKeuzes on InstrumentSearchResult {\n  kosten {\n    maxKosten\n    label\n    count\n  }\n  duur {\n    waarde\n    eenheid\n    label\n    count\n  }\n  intensiteit {\n    minIntensiteit\n    maxIntensiteit\n    label\n    count\n  }\n  typen {\n    type\n    count\n  }\n  aanbieders(first: 10) {\n    aanbieder {\n      id\n      naam\n    }\n    count\n  }\n  wijken {\n    wijk {\n      id\n      naam\n    }\n    count\n  }\n  sterren {\n    minSterren\n    count\n  }\n}"): (typeof documents)["fragment PraktischeKeuzes on InstrumentSearchResult {\n  kosten {\n    maxKosten\n    label\n    count\n  }\n  duur {\n    waarde\n    eenheid\n    label\n    count\n  }\n  intensiteit {\n    minIntensiteit\n    maxIntensiteit\n    label\n    count\n  }\n  typen {\n    type\n    count\n  }\n  aanbieders(first: 10) {\n    aanbieder {\n      id\n      naam\n    }\n    count\n  }\n  wijken {\n    wijk {\n      id\n      naam\n    }\n    count\n  }\n  sterren {\n    minSterren\n    count\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RegioAantallen on Regio {\n  code\n  naam\n  instrumentAantallen(gids: $gids) {\n    landelijk\n    regionaal\n    lokaal\n    totaal\n  }\n}"): (typeof documents)["fragment RegioAantallen on Regio {\n  code\n  naam\n  instrumentAantallen(gids: $gids) {\n    landelijk\n    regionaal\n    lokaal\n    totaal\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment RegioList on Regio {\n  code\n  naam\n  provincie\n}"): (typeof documents)["fragment RegioList on Regio {\n  code\n  naam\n  provincie\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Suggestie on InstrumentSearchResult {\n  suggestie\n}"): (typeof documents)["fragment Suggestie on InstrumentSearchResult {\n  suggestie\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentBeoordeling on Instrument {\n  id\n  organisatie {\n    id\n  }\n  beoordeling {\n    gemiddelde\n    aantal\n    verdeling {\n      sterren\n      aantal\n    }\n    resultaat\n    uitvoering\n  }\n}\n\nquery InstrumentBeoordelingVernieuwd($id: ID!) {\n  instrument(id: $id) {\n    id\n    ...InstrumentBeoordeling\n  }\n}"): (typeof documents)["fragment InstrumentBeoordeling on Instrument {\n  id\n  organisatie {\n    id\n  }\n  beoordeling {\n    gemiddelde\n    aantal\n    verdeling {\n      sterren\n      aantal\n    }\n    resultaat\n    uitvoering\n  }\n}\n\nquery InstrumentBeoordelingVernieuwd($id: ID!) {\n  instrument(id: $id) {\n    id\n    ...InstrumentBeoordeling\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentContactpersonen on Instrument {\n  contactpersonen {\n    soort\n    label\n    contactpersoon {\n      id\n      naam\n      telefoon\n      email\n    }\n  }\n}"): (typeof documents)["fragment InstrumentContactpersonen on Instrument {\n  contactpersonen {\n    soort\n    label\n    contactpersoon {\n      id\n      naam\n      telefoon\n      email\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentDuurKosten on Instrument {\n  totaleDuur\n  duurEenheid\n  toelichtingDuur\n  intensiteit\n  toelichtingIntensiteit\n  totaleKosten\n  toelichtingKosten\n}"): (typeof documents)["fragment InstrumentDuurKosten on Instrument {\n  totaleDuur\n  duurEenheid\n  toelichtingDuur\n  intensiteit\n  toelichtingIntensiteit\n  totaleKosten\n  toelichtingKosten\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentGebieden on Instrument {\n  beschikbareGebieden {\n    landelijk\n    regios {\n      code\n      naam\n    }\n    gemeenten {\n      code\n      naam\n    }\n    wijken {\n      id\n      naam\n    }\n  }\n}"): (typeof documents)["fragment InstrumentGebieden on Instrument {\n  beschikbareGebieden {\n    landelijk\n    regios {\n      code\n      naam\n    }\n    gemeenten {\n      code\n      naam\n    }\n    wijken {\n      id\n      naam\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentGegevens on Instrument {\n  type\n  aanbieder {\n    id\n    naam\n    website\n  }\n  organisatie {\n    id\n    naam\n  }\n}"): (typeof documents)["fragment InstrumentGegevens on Instrument {\n  type\n  aanbieder {\n    id\n    naam\n    website\n  }\n  organisatie {\n    id\n    naam\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentKenmerken on Instrument {\n  kenmerken {\n    categorie {\n      code\n      naam\n    }\n    kenmerken {\n      code\n      naam\n    }\n  }\n}"): (typeof documents)["fragment InstrumentKenmerken on Instrument {\n  kenmerken {\n    categorie {\n      code\n      naam\n    }\n    kenmerken {\n      code\n      naam\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentLocaties on Instrument {\n  locaties {\n    id\n    naam\n    type\n    inGebruik\n    beschrijving\n    adres {\n      id\n      straat\n      huisnummer\n      postcode\n      plaats\n    }\n  }\n}"): (typeof documents)["fragment InstrumentLocaties on Instrument {\n  locaties {\n    id\n    naam\n    type\n    inGebruik\n    beschrijving\n    adres {\n      id\n      straat\n      huisnummer\n      postcode\n      plaats\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentMeerInformatie on Instrument {\n  links {\n    id\n    label\n    url\n  }\n  downloads {\n    id\n    label\n    bestandsnaam\n    mimeType\n    grootte\n    url\n  }\n  videos {\n    id\n    label\n    youtubeId\n  }\n}"): (typeof documents)["fragment InstrumentMeerInformatie on Instrument {\n  links {\n    id\n    label\n    url\n  }\n  downloads {\n    id\n    label\n    bestandsnaam\n    mimeType\n    grootte\n    url\n  }\n  videos {\n    id\n    label\n    youtubeId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentOmschrijvingen on Instrument {\n  gids\n  doel\n  werkwijze\n  onderscheidendeAanpak\n  voorwaardenDeelname\n  werkafspraken\n  samenwerkingspartners\n  toelichtingDoelgroep\n  aanvullendeInformatie\n  aanmeldinstructies\n  beschrijving\n  voorwaarden\n  aanvragen\n}"): (typeof documents)["fragment InstrumentOmschrijvingen on Instrument {\n  gids\n  doel\n  werkwijze\n  onderscheidendeAanpak\n  voorwaardenDeelname\n  werkafspraken\n  samenwerkingspartners\n  toelichtingDoelgroep\n  aanvullendeInformatie\n  aanmeldinstructies\n  beschrijving\n  voorwaarden\n  aanvragen\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment InstrumentRegistratiecodes on Instrument {\n  registratiecodes {\n    id\n    code\n    label\n  }\n}"): (typeof documents)["fragment InstrumentRegistratiecodes on Instrument {\n  registratiecodes {\n    id\n    code\n    label\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MijnReview($instrumentId: ID!) {\n  me {\n    id\n    rol\n    organisaties {\n      id\n    }\n  }\n  mijnReview(instrumentId: $instrumentId) {\n    id\n    version\n    sterren\n    resultaat\n    uitvoering\n    tekst\n    toelichtingResultaat\n    toelichtingUitvoering\n    verborgen\n    verbergReden\n  }\n}\n\nmutation CreateReview($instrumentId: ID!, $sterren: Int!, $resultaat: Int, $uitvoering: Int, $tekst: String, $toelichtingResultaat: String, $toelichtingUitvoering: String) {\n  createReview(\n    instrumentId: $instrumentId\n    sterren: $sterren\n    resultaat: $resultaat\n    uitvoering: $uitvoering\n    tekst: $tekst\n    toelichtingResultaat: $toelichtingResultaat\n    toelichtingUitvoering: $toelichtingUitvoering\n  ) {\n    id\n  }\n}\n\nmutation UpdateReview($id: ID!, $version: Int!, $sterren: Int!, $resultaat: Int, $uitvoering: Int, $tekst: String, $toelichtingResultaat: String, $toelichtingUitvoering: String) {\n  updateReview(\n    id: $id\n    version: $version\n    sterren: $sterren\n    resultaat: $resultaat\n    uitvoering: $uitvoering\n    tekst: $tekst\n    toelichtingResultaat: $toelichtingResultaat\n    toelichtingUitvoering: $toelichtingUitvoering\n  ) {\n    id\n    version\n  }\n}\n\nmutation WithdrawReview($id: ID!) {\n  withdrawReview(id: $id)\n}"): (typeof documents)["query MijnReview($instrumentId: ID!) {\n  me {\n    id\n    rol\n    organisaties {\n      id\n    }\n  }\n  mijnReview(instrumentId: $instrumentId) {\n    id\n    version\n    sterren\n    resultaat\n    uitvoering\n    tekst\n    toelichtingResultaat\n    toelichtingUitvoering\n    verborgen\n    verbergReden\n  }\n}\n\nmutation CreateReview($instrumentId: ID!, $sterren: Int!, $resultaat: Int, $uitvoering: Int, $tekst: String, $toelichtingResultaat: String, $toelichtingUitvoering: String) {\n  createReview(\n    instrumentId: $instrumentId\n    sterren: $sterren\n    resultaat: $resultaat\n    uitvoering: $uitvoering\n    tekst: $tekst\n    toelichtingResultaat: $toelichtingResultaat\n    toelichtingUitvoering: $toelichtingUitvoering\n  ) {\n    id\n  }\n}\n\nmutation UpdateReview($id: ID!, $version: Int!, $sterren: Int!, $resultaat: Int, $uitvoering: Int, $tekst: String, $toelichtingResultaat: String, $toelichtingUitvoering: String) {\n  updateReview(\n    id: $id\n    version: $version\n    sterren: $sterren\n    resultaat: $resultaat\n    uitvoering: $uitvoering\n    tekst: $tekst\n    toelichtingResultaat: $toelichtingResultaat\n    toelichtingUitvoering: $toelichtingUitvoering\n  ) {\n    id\n    version\n  }\n}\n\nmutation WithdrawReview($id: ID!) {\n  withdrawReview(id: $id)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentReviews($id: ID!, $after: String) {\n  instrument(id: $id) {\n    id\n    reviews(first: 10, after: $after) {\n      totalCount\n      nodes {\n        id\n        sterren\n        resultaat\n        uitvoering\n        tekst\n        toelichtingResultaat\n        toelichtingUitvoering\n        verborgen\n        createdAt\n        auteur {\n          id\n          naam\n        }\n        organisatie {\n          id\n          naam\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): (typeof documents)["query InstrumentReviews($id: ID!, $after: String) {\n  instrument(id: $id) {\n    id\n    reviews(first: 10, after: $after) {\n      totalCount\n      nodes {\n        id\n        sterren\n        resultaat\n        uitvoering\n        tekst\n        toelichtingResultaat\n        toelichtingUitvoering\n        verborgen\n        createdAt\n        auteur {\n          id\n          naam\n        }\n        organisatie {\n          id\n          naam\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment Tegel on Kenmerk {\n  code\n  naam\n  ondertitel\n  beschrijving\n  toolsEnAandachtspunten\n  voorbeelden\n  positie {\n    x\n    y\n  }\n}"): (typeof documents)["fragment Tegel on Kenmerk {\n  code\n  naam\n  ondertitel\n  beschrijving\n  toolsEnAandachtspunten\n  voorbeelden\n  positie {\n    x\n    y\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordEvents($events: [InteractieInput!]!) {\n  recordEvents(events: $events)\n}"): (typeof documents)["mutation RecordEvents($events: [InteractieInput!]!) {\n  recordEvents(events: $events)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    gebruiker {\n      id\n      naam\n    }\n  }\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    gebruiker {\n      id\n      naam\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentDetail($id: ID!) {\n  instrument(id: $id) {\n    id\n    gids\n    naam\n    samenvatting\n    korteBeschrijving\n    ...InstrumentGegevens\n    ...InstrumentOmschrijvingen\n    ...InstrumentDuurKosten\n    ...InstrumentKenmerken\n    ...InstrumentContactpersonen\n    ...InstrumentLocaties\n    ...InstrumentRegistratiecodes\n    ...InstrumentMeerInformatie\n    ...InstrumentGebieden\n    ...InstrumentBeoordeling\n  }\n}"): (typeof documents)["query InstrumentDetail($id: ID!) {\n  instrument(id: $id) {\n    id\n    gids\n    naam\n    samenvatting\n    korteBeschrijving\n    ...InstrumentGegevens\n    ...InstrumentOmschrijvingen\n    ...InstrumentDuurKosten\n    ...InstrumentKenmerken\n    ...InstrumentContactpersonen\n    ...InstrumentLocaties\n    ...InstrumentRegistratiecodes\n    ...InstrumentMeerInformatie\n    ...InstrumentGebieden\n    ...InstrumentBeoordeling\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GidsLanding {\n  regios {\n    code\n    ...RegioList\n  }\n}"): (typeof documents)["query GidsLanding {\n  regios {\n    code\n    ...RegioList\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegioPage($code: ID!, $gids: Gids!) {\n  regios {\n    code\n    naam\n    ...RegioAantallen\n  }\n  gemeenten(regioCode: $code) {\n    code\n    ...GemeentePicker\n  }\n  organisaties {\n    id\n    naam\n    regioCode\n  }\n  instrumentSearch(gids: $gids, filter: {regio: $code}, first: 10) {\n    totalCount\n    nodes {\n      id\n      ...InstrumentCard\n    }\n  }\n}"): (typeof documents)["query RegioPage($code: ID!, $gids: Gids!) {\n  regios {\n    code\n    naam\n    ...RegioAantallen\n  }\n  gemeenten(regioCode: $code) {\n    code\n    ...GemeentePicker\n  }\n  organisaties {\n    id\n    naam\n    regioCode\n  }\n  instrumentSearch(gids: $gids, filter: {regio: $code}, first: 10) {\n    totalCount\n    nodes {\n      id\n      ...InstrumentCard\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InstrumentSearch($gids: Gids!, $filter: InstrumentFilter, $first: Int!, $after: String, $sort: InstrumentSort) {\n  instrumentSearch(\n    gids: $gids\n    filter: $filter\n    first: $first\n    after: $after\n    sort: $sort\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      ...InstrumentCard\n    }\n    ...FacetFilters\n    ...ActiveFilters\n    ...PraktischeKeuzes\n    ...Suggestie\n  }\n}"): (typeof documents)["query InstrumentSearch($gids: Gids!, $filter: InstrumentFilter, $first: Int!, $after: String, $sort: InstrumentSort) {\n  instrumentSearch(\n    gids: $gids\n    filter: $filter\n    first: $first\n    after: $after\n    sort: $sort\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      ...InstrumentCard\n    }\n    ...FacetFilters\n    ...ActiveFilters\n    ...PraktischeKeuzes\n    ...Suggestie\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Werklandschap($gids: Gids!) {\n  kenmerkCategorieen(gids: $gids) {\n    code\n    naam\n    soort\n    beschrijving\n    kenmerken {\n      code\n      ...Tegel\n      children {\n        code\n        ...Tegel\n      }\n    }\n  }\n}"): (typeof documents)["query Werklandschap($gids: Gids!) {\n  kenmerkCategorieen(gids: $gids) {\n    code\n    naam\n    soort\n    beschrijving\n    kenmerken {\n      code\n      ...Tegel\n      children {\n        code\n        ...Tegel\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;