import type { DataSource } from 'typeorm';
import type { SeedOptions } from '../../../core/subgraph-definition.js';
import { Gebruiker } from '../gebruiker.entity.js';
import { GebruikerService } from '../gebruiker.service.js';
import { DEMO_PASSWORD, demoAccounts } from './demo-accounts.js';

/**
 * Accounts has no reference data. With `demoAccounts` (never when NODE_ENV=production) it adds the demo logins
 * that do not exist yet; existing accounts, also changed ones, are left alone.
 */
export async function seedAccounts(ds: DataSource, options: SeedOptions): Promise<void> {
  if (!options.demoAccounts || process.env.NODE_ENV === 'production') return;
  const gebruikers = new GebruikerService(ds);
  for (const account of demoAccounts()) {
    if (await ds.getRepository(Gebruiker).existsBy({ email: account.email })) continue;
    try {
      await gebruikers.create({ ...account, password: DEMO_PASSWORD });
    } catch (error) {
      // Another replica seeding at the same moment made it first: fine.
      if ((error as { extensions?: { code?: string } }).extensions?.code === 'CONFLICT') continue;
      throw error;
    }
    options.log?.(`accounts: demo-account ${account.email} aangemaakt`);
  }
}
