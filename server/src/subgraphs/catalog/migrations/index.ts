import { Initial1795404063784 } from './1795404063784-Initial.js';

/** In order of application; add new ones at the end (npm run migration:generate -w server -- <subgraph> <Name>). */
export const CATALOG_MIGRATIONS: Function[] = [Initial1795404063784];
