import { ChangeTracking1795405200000 } from './1795405200000-ChangeTracking.js';
import { Initial1795404063784 } from './1795404063784-Initial.js';
import { SearchConfig1795405100000 } from './1795405100000-SearchConfig.js';
import { SearchVector1795405119388 } from './1795405119388-SearchVector.js';
import { AuditRecord1795547655368 } from './1795547655368-AuditRecord.js';
import { RecordVersions1795623371290 } from './1795623371290-RecordVersions.js';
import { InstrumentEvents1795700000000 } from './1795700000000-InstrumentEvents.js';
import { OrganisatieEvents1795700000001 } from './1795700000001-OrganisatieEvents.js';
import { CodeEvents1795700000002 } from './1795700000002-CodeEvents.js';
import { SoftDelete1795700000010 } from './1795700000010-SoftDelete.js';
import { SoftDeleteEvents1795700000011 } from './1795700000011-SoftDeleteEvents.js';
import { RegistratiecodeSync1795700000020 } from './1795700000020-RegistratiecodeSync.js';
import { Synoniemen1795700000030 } from './1795700000030-Synoniemen.js';

/**
 * In order of application (TypeORM sorts by the timestamp in the name); add new ones at the end.
 * Generate with `npm run migration:generate -w server -- catalog <Name>`; triggers and functions are written by hand.
 */
export const CATALOG_MIGRATIONS: Function[] = [Initial1795404063784, SearchConfig1795405100000, SearchVector1795405119388, ChangeTracking1795405200000, AuditRecord1795547655368,
  RecordVersions1795623371290, InstrumentEvents1795700000000, OrganisatieEvents1795700000001, CodeEvents1795700000002,
  SoftDelete1795700000010, SoftDeleteEvents1795700000011, RegistratiecodeSync1795700000020,
  Synoniemen1795700000030,
];
