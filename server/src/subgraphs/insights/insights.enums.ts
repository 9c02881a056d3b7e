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

export { Gids } from '../../core/gids.js';
