import { Initial1795402870252 } from './1795402870252-Initial.js';

/** In order of application; add new ones at the end (npm run migration:generate -w server). */
export const CATALOG_MIGRATIONS: Function[] = [Initial1795402870252];
