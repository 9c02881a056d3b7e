import { registerEnumType } from 'type-graphql';
import type { ApiKeyScope as CallerScope, Rol as CallerRol } from '../../core/caller.js';

export enum Rol {
  LANDELIJK_BEHEERDER = 'LANDELIJK_BEHEERDER',
  REGIO_BEHEERDER = 'REGIO_BEHEERDER',
  PROFESSIONAL = 'PROFESSIONAL',
}
registerEnumType(Rol, {
  name: 'Rol',
  description: 'LANDELIJK_BEHEERDER: beheert alles en maakt accounts aan. REGIO_BEHEERDER: beheert de instrumenten van de eigen organisaties. PROFESSIONAL: klantmanager of adviseur.',
});

// The enum and core's Rol (what the gateway signs) must name the same roles.
const sameRoles: Record<CallerRol, Rol> = Rol;
void sameRoles;

/** What happened to an account (the audit trail of accounts). */
export enum AccountGebeurtenisSoort {
  LOGIN_GELUKT = 'LOGIN_GELUKT',
  LOGIN_MISLUKT = 'LOGIN_MISLUKT',
  GEWEIGERD_DOOR_LIMIET = 'GEWEIGERD_DOOR_LIMIET',
  UITGELOGD = 'UITGELOGD',
  GEBRUIKER_AANGEMAAKT = 'GEBRUIKER_AANGEMAAKT',
  WACHTWOORD_GEWIJZIGD = 'WACHTWOORD_GEWIJZIGD',
  WACHTWOORD_ONJUIST = 'WACHTWOORD_ONJUIST',
  PROFIEL_GEWIJZIGD = 'PROFIEL_GEWIJZIGD',
  GEDEACTIVEERD = 'GEDEACTIVEERD',
  GEACTIVEERD = 'GEACTIVEERD',
  API_SLEUTEL_AANGEMAAKT = 'API_SLEUTEL_AANGEMAAKT',
  API_SLEUTEL_INGETROKKEN = 'API_SLEUTEL_INGETROKKEN',
}
registerEnumType(AccountGebeurtenisSoort, {
  name: 'AccountGebeurtenisSoort',
  description:
    'LOGIN_MISLUKT: verkeerd e-mailadres of wachtwoord, of een gedeactiveerd account. GEWEIGERD_DOOR_LIMIET: te veel pogingen, het wachtwoord is niet gecontroleerd. WACHTWOORD_ONJUIST: verkeerd huidig wachtwoord bij wachtwoord wijzigen.',
});

/** What an API key may read. Keys never change anything, whatever their scopes. */
export enum ApiKeyScope {
  REGISTRATIECODES = 'REGISTRATIECODES',
  DASHBOARD = 'DASHBOARD',
}
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'REGISTRATIECODES: de registratiecodes van instrumenten ophalen. DASHBOARD: de vragen van het datadashboard, zoals een regiobeheerder van de organisatie van de sleutel ze ziet.',
});

// The enum and core's ApiKeyScope (what the gateway signs) must name the same scopes.
const sameScopes: Record<CallerScope, ApiKeyScope> = ApiKeyScope;
void sameScopes;
