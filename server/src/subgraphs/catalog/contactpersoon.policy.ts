import { personOf } from '../../core/access.js';
import type { RequestIdentity } from '../../core/caller.js';
import { ContactSoort } from './catalog.enums.js';
import type { ContactpersoonKoppeling } from './contactpersoon.entity.js';

/**
 * Interne contactpersonen are the professional's own colleagues (a klantmanager, an accountmanager of the
 * werkgeversservicepunt): for signed-in professionals and beheerders only. The public site, and systems with an
 * API key, see the externe.
 */
export function visibleContactpersonen(identity: RequestIdentity, koppelingen: ContactpersoonKoppeling[]): ContactpersoonKoppeling[] {
  return personOf(identity) ? koppelingen : koppelingen.filter((koppeling) => koppeling.soort !== ContactSoort.INTERN);
}
