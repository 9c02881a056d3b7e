import { Initial1795542517441 } from './1795542517441-Initial.js';
import { HardenAccounts1795613832999 } from './1795613832999-HardenAccounts.js';
import { ApiKeys1795634182764 } from './1795634182764-ApiKeys.js';

export const ACCOUNTS_MIGRATIONS: Function[] = [Initial1795542517441, HardenAccounts1795613832999, ApiKeys1795634182764];
