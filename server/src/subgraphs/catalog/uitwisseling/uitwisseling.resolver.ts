import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireBeheerder } from '../../../core/access.js';
import { assertUuid } from '../../../core/ids.js';
import type { CatalogContext } from '../catalog.context.js';
import { ExportFormaat, ExportInstrumentenArgs, ImportInstrumentenArgs, ImportRapport } from './uitwisseling.types.js';

/** Export and import of instruments in the instrumentenformat (beheerders, their own organisaties). */
@Resolver()
export class UitwisselingResolver {
  @Query(() => String, { description: 'Beheer: je instrumenten als bestand, JSON (instrumentenformat/1, om te importeren) of CSV (om te lezen).' })
  exportInstrumenten(@Args(() => ExportInstrumentenArgs) { organisatieId, gids, filter, formaat }: ExportInstrumentenArgs, @Ctx() ctx: CatalogContext): Promise<string> {
    const caller = requireBeheerder(ctx);
    if (organisatieId) assertUuid(organisatieId, 'organisatieId');
    const selectie = { organisatieId, filter: { ...filter, gids: gids ?? filter?.gids } };
    return formaat === ExportFormaat.CSV ? ctx.services.export.csv(caller, selectie) : ctx.services.export.json(caller, selectie);
  }

  @Mutation(() => ImportRapport, {
    description: 'Beheer: importeer een instrumentenformat-bestand in een organisatie. Met dryRun: true zie je eerst wat er zou gebeuren, zonder iets te veranderen.',
  })
  importInstrumenten(@Args(() => ImportInstrumentenArgs) { bestand, organisatieId, dryRun }: ImportInstrumentenArgs, @Ctx() ctx: CatalogContext): Promise<ImportRapport> {
    const caller = requireBeheerder(ctx);
    assertUuid(organisatieId, 'organisatieId');
    return ctx.services.import.import(caller, bestand, organisatieId, dryRun);
  }
}
