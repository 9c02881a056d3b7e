import { Initial1795542517441 } from './1795542517441-Initial.js';

export const ACCOUNTS_MIGRATIONS: Function[] = [Initial1795542517441];
