import { LessThan, MoreThan, Not, type DataSource } from 'typeorm';
import type { Caller } from '../../core/caller.js';
import { badUserInput, unauthenticated } from '../../core/errors.js';
import { GebruikerOrganisatie } from './gebruiker-organisatie.entity.js';
import { Gebruiker } from './gebruiker.entity.js';
import type { LoginLimiter } from './login-limiter.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import { SESSION_LIFETIME_SECONDS } from './session-cookie.js';
import { newSessionToken, tokenHash } from './session-token.js';
import { Sessie } from './sessie.entity.js';
import { assertValid, normalizeEmail, passwordProblem } from './validation.js';

/** One message for every failed login: it never tells whether the address or the password was wrong. */
export const LOGIN_FAILED = 'Het e-mailadres of het wachtwoord klopt niet.';

export class AuthService {
  constructor(private readonly ds: DataSource, private readonly limiter: LoginLimiter) {}

  async login(email: string, password: string, clientAddress: string | null): Promise<{ token: string; gebruiker: Gebruiker }> {
    const normalized = normalizeEmail(email);
    await this.limiter.assertAllowed(normalized, clientAddress);
    const gebruiker = await this.ds.getRepository(Gebruiker).findOneBy({ email: normalized });
    // An unknown address still hashes (against a dummy), so the answer takes as long as a wrong password.
    const ok = await verifyPassword(password, gebruiker?.wachtwoordHash ?? (await dummyHash()));
    if (!gebruiker || !ok) {
      await this.limiter.failed(normalized, clientAddress);
      throw unauthenticated(LOGIN_FAILED);
    }
    await this.limiter.succeeded(normalized);
    const { token, hash } = newSessionToken();
    await this.ds.getRepository(Sessie).insert({
      tokenHash: hash,
      gebruikerId: gebruiker.id,
      verlooptOp: new Date(Date.now() + SESSION_LIFETIME_SECONDS * 1000),
    });
    return { token, gebruiker };
  }

  /** The caller a token stands for; null for a malformed, forged, revoked or expired token. */
  async verify(token: string): Promise<Required<Caller> | null> {
    const hash = tokenHash(token);
    if (!hash) return null;
    const sessie = await this.ds.getRepository(Sessie).findOne({
      where: { tokenHash: hash, verlooptOp: MoreThan(new Date()) },
      relations: { gebruiker: true },
    });
    if (!sessie?.gebruiker) return null;
    const organisaties = await this.ds.getRepository(GebruikerOrganisatie).find({ where: { gebruikerId: sessie.gebruikerId }, order: { organisatieId: 'ASC' } });
    return { id: sessie.gebruikerId, rol: sessie.gebruiker.rol, organisatieIds: organisaties.map((o) => o.organisatieId), sessieId: sessie.id };
  }

  async removeExpiredSessions(): Promise<void> {
    await this.ds.getRepository(Sessie).delete({ verlooptOp: LessThan(new Date()) });
  }

  async logout(sessieId: string): Promise<void> {
    await this.ds.getRepository(Sessie).delete({ id: sessieId });
  }

  /**
   * Changes the password after checking the current one. Every other session of the account ends: whoever
   * knew the old password is logged out, the session making the change stays.
   */
  async wijzigWachtwoord(caller: Caller, huidig: string, nieuw: string, clientAddress: string | null): Promise<void> {
    assertValid(passwordProblem(nieuw, 'nieuwWachtwoord'));
    const repo = this.ds.getRepository(Gebruiker);
    const gebruiker = await repo.findOneBy({ id: caller.id });
    if (!gebruiker) throw unauthenticated();
    // A wrong current password counts like a failed login: a stolen session must not become a way to guess it.
    await this.limiter.assertAllowed(gebruiker.email, clientAddress);
    if (!(await verifyPassword(huidig, gebruiker.wachtwoordHash))) {
      await this.limiter.failed(gebruiker.email, clientAddress);
      throw badUserInput('Het huidige wachtwoord klopt niet.', [{ field: 'huidigWachtwoord', message: 'Het huidige wachtwoord klopt niet.' }]);
    }
    const wachtwoordHash = await hashPassword(nieuw);
    await this.ds.transaction(async (db) => {
      await db.getRepository(Gebruiker).update({ id: gebruiker.id }, { wachtwoordHash });
      await db.getRepository(Sessie).delete(caller.sessieId ? { gebruikerId: gebruiker.id, id: Not(caller.sessieId) } : { gebruikerId: gebruiker.id });
    });
  }
}
