import { registerEnumType } from 'type-graphql';

export enum InteractieSoort {
  ZOEKEN = 'ZOEKEN',
  BEKEKEN = 'BEKEKEN',
  CONTACT = 'CONTACT',
  LINK = 'LINK',
  DOWNLOAD = 'DOWNLOAD',
  VIDEO = 'VIDEO',
}
registerEnumType(InteractieSoort, {
  name: 'InteractieSoort',
  description: 'ZOEKEN: een zoekopdracht. BEKEKEN: een instrumentpagina geopend. CONTACT: contact of aanvraag aangeklikt. LINK, DOWNLOAD, VIDEO: een link, download of video van een instrument geopend.',
});

/**
 * The catalog's Gids, declared again with the same values and description: federation composes identical enums
 * into one, and insights imports no other subgraph.
 */
export enum Gids {
  EVA = 'EVA',
  DENNIS = 'DENNIS',
}
registerEnumType(Gids, {
  name: 'Gids',
  description: 'EVA: werkzoekenden instrumentengids. DENNIS: werkgevers instrumentengids.',
});
