import type { DataSource, EntityManager } from 'typeorm';
import { checkOrganisatieFilter, checkOrganisatieKeuze, assertMayManage, manageableOrganisaties } from '../../core/access.js';
import type { Actor } from '../../core/audit.js';
import type { ApiKeyScope as CallerScope, Caller } from '../../core/caller.js';
import { notFound } from '../../core/errors.js';
import { runMutation } from '../../core/mutation.js';
import { Problems, requireText } from '../../core/problems.js';
import { writeGebeurtenis } from './account-gebeurtenis.service.js';
import { AccountGebeurtenisSoort as Soort, type ApiKeyScope } from './accounts.enums.js';
import { apiKeyHash, newApiKey } from './api-key-secret.js';
import { ApiKey } from './api-key.entity.js';
import type { ApiKeyCaller, NieuweApiKey } from './api-key.type.js';

export interface NieuweApiKeyInput {
  organisatieId: string;
  naam: string;
  scopes?: ApiKeyScope[] | null;
  verlooptOp?: Date | null;
}

const MAX_NAAM = 100;
/** `last_used_at` is written at most this often per key: a busy integrator costs one UPDATE a minute, not one per request. */
const TOUCH_SECONDS = 60;

/** The keys of organisaties; who may do what is decided by the caller passed in (the resolver checked the role). */
export class ApiKeyService {
  constructor(private readonly ds: DataSource) {}

  async create(caller: Caller, input: NieuweApiKeyInput, actor: Actor): Promise<NieuweApiKey> {
    const problems = new Problems();
    checkOrganisatieKeuze(caller, problems, input.organisatieId);
    const naam = requireText(problems, 'naam', input.naam, 'een naam', MAX_NAAM);
    const scopes = [...new Set(input.scopes ?? [])];
    problems.check(scopes.length > 0, 'scopes', 'Kies minstens één scope.');
    if (input.verlooptOp) problems.check(input.verlooptOp.getTime() > Date.now(), 'verlooptOp', 'Kies een moment in de toekomst.');
    problems.throwIfAny();
    const { key, hash, prefix } = newApiKey();
    const organisatieId = input.organisatieId.toLowerCase();
    const apiKey = await this.ds.transaction(async (db) => {
      const row = await db.getRepository(ApiKey).save(
        db.getRepository(ApiKey).create({ organisatieId, naam, scopes, hash, prefix, createdBy: actor.callerId, verlooptOp: input.verlooptOp ?? null }),
      );
      await writeGebeurtenis(db, actor, {
        soort: Soort.API_SLEUTEL_AANGEMAAKT,
        gebruikerId: null,
        email: null,
        details: { apiKeyId: row.id, organisatieId, naam, scopes, prefix, verlooptOp: row.verlooptOp },
      });
      return row;
    });
    return { key, apiKey };
  }

  /**
   * Revokes a key at once: the gateway asks accounts about the key on every request, so no replica keeps
   * accepting it. Revoking a revoked key changes nothing and succeeds (the first moment is kept): a retried
   * request or a second beheerder gets the state they asked for.
   */
  revoke(caller: Caller, id: string, actor: Actor): Promise<ApiKey> {
    return runMutation(this.ds, {
      lock: (db) => lockApiKey(db, id),
      authorize: (voor) => assertMayManage(caller, voor.organisatieId),
      apply: async (db, voor) => {
        if (!voor.revokedAt) await db.query('UPDATE api_key SET revoked_at = now() WHERE id = $1', [id]);
      },
      audit: async (db, voor) => {
        if (voor.revokedAt) return;
        await writeGebeurtenis(db, actor, {
          soort: Soort.API_SLEUTEL_INGETROKKEN,
          gebruikerId: null,
          email: null,
          details: { apiKeyId: id, organisatieId: voor.organisatieId, naam: voor.naam, prefix: voor.prefix },
        });
      },
      result: (db) => db.getRepository(ApiKey).findOneByOrFail({ id }),
    });
  }

  /** The keys of one organisatie, or of every organisatie the caller manages; newest first, revoked ones too. */
  list(caller: Caller, organisatieId: string | null): Promise<ApiKey[]> {
    const query = this.ds.getRepository(ApiKey).createQueryBuilder('k');
    if (organisatieId) {
      checkOrganisatieFilter(caller, organisatieId);
      query.where('k.organisatie_id = :organisatieId', { organisatieId: organisatieId.toLowerCase() });
    } else {
      const scope = manageableOrganisaties(caller);
      if (scope) query.where('k.organisatie_id = ANY(:scope::uuid[])', { scope });
    }
    return query.orderBy('k.created_at', 'DESC').addOrderBy('k.id', 'DESC').getMany();
  }

  /** Who a key stands for; null for a malformed, unknown, revoked or expired key. */
  async verify(key: string): Promise<ApiKeyCaller | null> {
    const hash = apiKeyHash(key);
    if (!hash) return null;
    const [row]: { id: string; organisatie_id: string; scopes: CallerScope[]; stale: boolean }[] = await this.ds.query(
      `SELECT id, organisatie_id, scopes::text[] AS scopes,
              last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2) AS stale
         FROM api_key
        WHERE hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
      [hash, TOUCH_SECONDS],
    );
    if (!row) return null;
    if (row.stale) {
      // The condition makes parallel requests with one key write once.
      await this.ds.query(
        `UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - make_interval(secs => $2))`,
        [row.id, TOUCH_SECONDS],
      );
    }
    return { id: row.id, organisatieIds: [row.organisatie_id], scopes: row.scopes as ApiKeyScope[] };
  }
}

async function lockApiKey(db: EntityManager, id: string): Promise<ApiKey> {
  const key = await db.getRepository(ApiKey).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!key) throw notFound('API-sleutel', id);
  return key;
}
