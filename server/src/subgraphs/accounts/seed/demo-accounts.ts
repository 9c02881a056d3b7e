import { demoOrganisatie } from '../../../fixtures/demo-organisaties.js';
import { DEMO_PROFESSIONALS } from '../../../fixtures/demo-professionals.js';
import { Rol } from '../accounts.enums.js';

/** The demo password of every demo account; demo accounts are never created in production. */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export interface DemoAccount {
  /** Fixed for the demo professionals, whose demo reviews name them (fixtures/demo-professionals.ts). */
  id?: string;
  email: string;
  naam: string;
  rol: Rol;
  organisatieIds: string[];
}

const organisatieId = (naam: string) => demoOrganisatie(naam).id;

export function demoAccounts(): DemoAccount[] {
  return [
    { email: 'landelijk@demo.nl', naam: 'Lotte Landelijk', rol: Rol.LANDELIJK_BEHEERDER, organisatieIds: [organisatieId('Landelijk beheer instrumentengidsen')] },
    {
      email: 'regio@demo.nl',
      naam: 'Rachid Regio',
      rol: Rol.REGIO_BEHEERDER,
      organisatieIds: [organisatieId('Werkbedrijf Groot Amsterdam'), organisatieId('Werkbedrijf Rijnmond')],
    },
    ...DEMO_PROFESSIONALS.map((p) => ({
      id: p.id,
      email: p.email,
      naam: p.naam,
      rol: Rol.PROFESSIONAL,
      organisatieIds: p.organisatie ? [organisatieId(p.organisatie)] : [],
    })),
  ];
}
