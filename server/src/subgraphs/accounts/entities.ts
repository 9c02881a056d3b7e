import { AccountGebeurtenis } from './account-gebeurtenis.entity.js';
import { ApiKey } from './api-key.entity.js';
import { GebruikerOrganisatie } from './gebruiker-organisatie.entity.js';
import { Gebruiker } from './gebruiker.entity.js';
import { LoginLimiet } from './login-limiet.entity.js';
import { Sessie } from './sessie.entity.js';

export const ACCOUNTS_ENTITIES = [Gebruiker, GebruikerOrganisatie, Sessie, LoginLimiet, AccountGebeurtenis, ApiKey];
