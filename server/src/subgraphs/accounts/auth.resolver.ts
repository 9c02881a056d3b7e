import { Arg, Args, Ctx, Directive, Mutation, Query, Resolver } from 'type-graphql';
import { LoginArgs, WijzigWachtwoordArgs } from './auth.args.js';
import type { AccountsContext } from './accounts.context.js';
import { requireCaller } from '../../core/access.js';
import { actorOf } from '../../core/audit.js';
import { clearedSessionCookie, sessionCookie } from './session-cookie.js';
import { SessieCaller, SessieResult } from './sessie.type.js';

@Resolver()
export class AuthResolver {
  @Mutation(() => SessieResult, { description: 'Inloggen. Zet ook het sessiecookie (`__Host-sessie`, buiten productie `sessie`).' })
  async login(@Args(() => LoginArgs) { email, password }: LoginArgs, @Ctx() ctx: AccountsContext): Promise<SessieResult> {
    const sessie = await ctx.services.auth.login(email, password, ctx.clientAddress);
    ctx.responseCookies.push(sessionCookie(sessie.token));
    return sessie;
  }

  @Mutation(() => Boolean, { description: 'Uitloggen: de sessie werkt daarna niet meer en het cookie wordt gewist.' })
  async logout(@Ctx() ctx: AccountsContext): Promise<boolean> {
    // Always clear the cookie, also for a session that had already ended.
    ctx.responseCookies.push(clearedSessionCookie());
    if (ctx.caller?.sessieId) await ctx.services.auth.logout(ctx.caller.sessieId, actorOf(ctx));
    return true;
  }

  @Mutation(() => Boolean, { description: 'Wijzigt het wachtwoord van wie er is ingelogd; andere sessies van het account stoppen.' })
  async wijzigWachtwoord(@Args(() => WijzigWachtwoordArgs) { huidigWachtwoord, nieuwWachtwoord }: WijzigWachtwoordArgs, @Ctx() ctx: AccountsContext): Promise<boolean> {
    await ctx.services.auth.wijzigWachtwoord(requireCaller(ctx), huidigWachtwoord, nieuwWachtwoord, ctx.clientAddress);
    return true;
  }

  /**
   * For the gateway only (not in the public API): who a session token belongs to. Without a valid token it
   * answers null and nothing else.
   */
  @Query(() => SessieCaller, { nullable: true })
  @Directive('@inaccessible')
  sessieCaller(@Arg('token', () => String) token: string, @Ctx() ctx: AccountsContext): Promise<SessieCaller | null> {
    return ctx.services.auth.verify(token) as Promise<SessieCaller | null>;
  }
}
