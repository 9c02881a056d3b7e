import { demoOrganisatie } from '../../../fixtures/demo-organisaties.js';
import { Rol } from '../accounts.enums.js';

/** The demo password of every demo account; demo accounts are never created in production. */
export const DEMO_PASSWORD = 'demo-wachtwoord';

export interface DemoAccount {
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
    { email: 'professional@demo.nl', naam: 'Pim Professional', rol: Rol.PROFESSIONAL, organisatieIds: [] },
  ];
}
