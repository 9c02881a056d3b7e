import { Initial1795625861070 } from './1795625861070-Initial.js';

/** In order of application; add new ones at the end. Generate with `npm run migration:generate -w server -- reviews <Name>`. */
export const REVIEWS_MIGRATIONS: Function[] = [Initial1795625861070];
