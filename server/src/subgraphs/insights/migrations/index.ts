import { Initial1795628031735 } from './1795628031735-Initial.js';
import { Rollups1795632812080 } from './1795632812080-Rollups.js';
import { RollupMonths1795634001788 } from './1795634001788-RollupMonths.js';
import { RollupHours1795636527120 } from './1795636527120-RollupHours.js';

/** In order of application; add new ones at the end. Generate with `npm run migration:generate -w server -- insights <Name>`. */
export const INSIGHTS_MIGRATIONS: Function[] = [Initial1795628031735, Rollups1795632812080, RollupMonths1795634001788, RollupHours1795636527120];
