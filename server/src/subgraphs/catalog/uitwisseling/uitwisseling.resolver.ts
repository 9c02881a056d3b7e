import { Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { requireBeheerder } from '../../../core/access.js';
import { assertUuid } from '../../../core/ids.js';
import type { CatalogContext } from '../catalog.context.js';
import { badUserInput } from '../../../core/errors.js';
import type { Gids } from '../catalog.enums.js';
import type { MijnInstrumentenFilter } from '../beheer/instrument-beheer.input.js';
import { ExportInstrumentenArgs, ExportInstrumentenPaginaArgs, ImportInstrumentenArgs, ImportRapport, InstrumentenExportPagina, MAX_EXPORT_PAGE } from './uitwisseling.types.js';

const selectieOf = (organisatieId: string | null | undefined, gids: Gids | null | undefined, filter: MijnInstrumentenFilter | null | undefined) =>
  ({ organisatieId, filter: { ...filter, gids: gids ?? filter?.gids } });

/** Export and import of instruments in the instrumentenformat (beheerders, their own organisaties). */
@Resolver()
export class UitwisselingResolver {
  @Query(() => String, { description: 'Beheer: je instrumenten als bestand, JSON (instrumentenformat/1, om te importeren) of CSV (om te lezen).' })
  exportInstrumenten(@Args(() => ExportInstrumentenArgs) { organisatieId, gids, filter, formaat }: ExportInstrumentenArgs, @Ctx() ctx: CatalogContext): Promise<string> {
    const caller = requireBeheerder(ctx);
    if (organisatieId) assertUuid(organisatieId, 'organisatieId');
    return ctx.services.export.file(caller, selectieOf(organisatieId, gids, filter), formaat);
  }

  @Query(() => InstrumentenExportPagina, { description: 'Beheer: het exportbestand per pagina, voor de download /export/instrumenten.json of .csv van de gateway.' })
  exportInstrumentenPagina(@Args(() => ExportInstrumentenPaginaArgs) { organisatieId, gids, filter, formaat, first, after }: ExportInstrumentenPaginaArgs, @Ctx() ctx: CatalogContext): Promise<InstrumentenExportPagina> {
    const caller = requireBeheerder(ctx);
    if (organisatieId) assertUuid(organisatieId, 'organisatieId');
    const size = first ?? MAX_EXPORT_PAGE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_EXPORT_PAGE) {
      const message = `'first' moet tussen 1 en ${MAX_EXPORT_PAGE} liggen.`;
      throw badUserInput(message, [{ field: 'first', message }]);
    }
    return ctx.services.export.page(caller, selectieOf(organisatieId, gids, filter), formaat, after ?? null, size);
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
