import { LessThan, Not, type DataSource } from 'typeorm';
import type { Caller } from '../../core/caller.js';
import { badUserInput, tooManyAttempts, unauthenticated } from '../../core/errors.js';
import type { Actor } from '../../core/audit.js';
import { writeGebeurtenis } from './account-gebeurtenis.service.js';
import { AccountGebeurtenisSoort as Soort, type Rol } from './accounts.enums.js';
import { GebruikerOrganisatie } from './gebruiker-organisatie.entity.js';
import { Gebruiker } from './gebruiker.entity.js';
import { refusalMessage, type LoginLimiter, type RefusedAttempt } from './login-limiter.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';
import { SESSION_IDLE_SECONDS, SESSION_LIFETIME_SECONDS, SESSION_TOUCH_SECONDS } from './session-cookie.js';
import { newSessionToken, tokenHash } from './session-token.js';
import { Sessie } from './sessie.entity.js';
import { Problems } from '../../core/problems.js';
import { checkPassword, normalizeEmail } from './validation.js';

/** One message for every failed login: it never tells whether the address or the password was wrong. */
export const LOGIN_FAILED = 'Het e-mailadres of het wachtwoord klopt niet.';

export class AuthService {
  constructor(private readonly ds: DataSource, private readonly limiter: LoginLimiter) {}

  async login(email: string, password: string, clientAddress: string | null): Promise<{ token: string; gebruiker: Gebruiker }> {
    const normalized = normalizeEmail(email);
    const anonymous: Actor = { callerId: null, clientAddress };
    const gebruiker = await this.ds.getRepository(Gebruiker).findOneBy({ email: normalized });
    const attempt = await this.limiter.begin(normalized, clientAddress);
    if (!attempt.granted) throw await this.refused(attempt, anonymous, gebruiker?.id ?? null, normalized, 'login');
    // An unknown address still hashes (against a dummy), so the answer takes as long as a wrong password.
    const ok = await verifyPassword(password, gebruiker?.wachtwoordHash ?? (await dummyHash()));
    if (!gebruiker || !ok || !gebruiker.actief) {
      // A deactivated account gets the same answer, and counts as a failure, even with the right password.
      const details = gebruiker && ok ? { reden: 'gedeactiveerd' } : null;
      await writeGebeurtenis(this.ds.manager, anonymous, { soort: Soort.LOGIN_MISLUKT, gebruikerId: gebruiker?.id ?? null, email: normalized, details });
      throw unauthenticated(LOGIN_FAILED);
    }
    await attempt.succeeded();
    const { token, hash } = newSessionToken();
    await this.ds.transaction(async (db) => {
      await db.getRepository(Sessie).insert({
        tokenHash: hash,
        gebruikerId: gebruiker.id,
        verlooptOp: new Date(Date.now() + SESSION_LIFETIME_SECONDS * 1000),
      });
      await writeGebeurtenis(db, { callerId: gebruiker.id, clientAddress }, { soort: Soort.LOGIN_GELUKT, gebruikerId: gebruiker.id, email: normalized });
    });
    return { token, gebruiker };
  }

  /**
   * The caller a token stands for; null for a malformed, forged, revoked, expired or idle token, or one of a
   * deactivated account. A session in use is marked active at most once a minute, not on every request.
   */
  async verify(token: string): Promise<Required<Omit<Caller, 'scopes'>> | null> {
    const hash = tokenHash(token);
    if (!hash) return null;
    const [sessie]: { id: string; gebruiker_id: string; rol: Rol; stale: boolean }[] = await this.ds.query(
      `SELECT s.id, s.gebruiker_id, g.rol, s.laatst_actief_op < now() - make_interval(secs => $3) AS stale
         FROM sessie s JOIN gebruiker g ON g.id = s.gebruiker_id
        WHERE s.token_hash = $1 AND s.verloopt_op > now() AND s.laatst_actief_op > now() - make_interval(secs => $2) AND g.actief`,
      [hash, SESSION_IDLE_SECONDS, SESSION_TOUCH_SECONDS],
    );
    if (!sessie) return null;
    if (sessie.stale) {
      // The condition makes parallel requests of one session write once.
      await this.ds.query(`UPDATE sessie SET laatst_actief_op = now() WHERE id = $1 AND laatst_actief_op < now() - make_interval(secs => $2)`, [
        sessie.id,
        SESSION_TOUCH_SECONDS,
      ]);
    }
    const organisaties = await this.ds.getRepository(GebruikerOrganisatie).find({ where: { gebruikerId: sessie.gebruiker_id }, order: { organisatieId: 'ASC' } });
    return { id: sessie.gebruiker_id, rol: sessie.rol, organisatieIds: organisaties.map((o) => o.organisatieId), sessieId: sessie.id };
  }

  async removeExpiredSessions(): Promise<void> {
    await this.ds.getRepository(Sessie).delete({ verlooptOp: LessThan(new Date()) });
    await this.ds.query(`DELETE FROM sessie WHERE laatst_actief_op < now() - make_interval(secs => $1)`, [SESSION_IDLE_SECONDS]);
  }

  async logout(sessieId: string, actor: Actor): Promise<void> {
    await this.ds.transaction(async (db) => {
      const deleted = await db.getRepository(Sessie).delete({ id: sessieId });
      if (deleted.affected) await writeGebeurtenis(db, actor, { soort: Soort.UITGELOGD, gebruikerId: actor.callerId, email: null });
    });
  }

  /**
   * Changes the password after checking the current one. Every other session of the account ends: whoever
   * knew the old password is logged out, the session making the change stays.
   */
  async wijzigWachtwoord(caller: Caller, huidig: string, nieuw: string, clientAddress: string | null): Promise<void> {
    const actor: Actor = { callerId: caller.id, clientAddress };
    const problems = new Problems();
    checkPassword(problems, nieuw, 'nieuwWachtwoord');
    problems.throwIfAny();
    const gebruiker = await this.ds.getRepository(Gebruiker).findOneBy({ id: caller.id });
    if (!gebruiker) throw unauthenticated();
    // A wrong current password counts like a failed login: a stolen session must not become a way to guess it.
    const attempt = await this.limiter.begin(gebruiker.email, clientAddress);
    if (!attempt.granted) throw await this.refused(attempt, actor, gebruiker.id, gebruiker.email, 'wijzigWachtwoord');
    if (!(await verifyPassword(huidig, gebruiker.wachtwoordHash))) {
      await writeGebeurtenis(this.ds.manager, actor, { soort: Soort.WACHTWOORD_ONJUIST, gebruikerId: gebruiker.id, email: gebruiker.email });
      throw badUserInput('Het huidige wachtwoord klopt niet.', [{ field: 'huidigWachtwoord', message: 'Het huidige wachtwoord klopt niet.' }]);
    }
    await attempt.succeeded();
    const wachtwoordHash = await hashPassword(nieuw);
    await this.ds.transaction(async (db) => {
      await db.getRepository(Gebruiker).update({ id: gebruiker.id }, { wachtwoordHash });
      await db.getRepository(Sessie).delete(caller.sessieId ? { gebruikerId: gebruiker.id, id: Not(caller.sessieId) } : { gebruikerId: gebruiker.id });
      await writeGebeurtenis(db, actor, { soort: Soort.WACHTWOORD_GEWIJZIGD, gebruikerId: gebruiker.id, email: gebruiker.email });
    });
  }

  /** Records a refused attempt and returns the error to throw. */
  private async refused(attempt: RefusedAttempt, actor: Actor, gebruikerId: string | null, email: string, handeling: string) {
    await writeGebeurtenis(this.ds.manager, actor, {
      soort: Soort.GEWEIGERD_DOOR_LIMIET,
      gebruikerId,
      email,
      details: { handeling, limiet: attempt.reason, retryAfterSeconds: attempt.retryAfterSeconds },
    });
    return tooManyAttempts(refusalMessage(attempt.retryAfterSeconds), attempt.retryAfterSeconds);
  }
}
