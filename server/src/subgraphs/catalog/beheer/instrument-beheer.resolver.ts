import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { extensionOf } from '../../../core/bestanden.js';
import { ConnectionType } from '../../../core/pagination.js';
import { Download } from '../instrument-inhoud.entity.js';
import { LocalDateScalar } from '../../../core/scalars.js';
import type { CatalogContext } from '../catalog.context.js';
import { Instrument } from '../instrument.entity.js';
import { assertUuid } from '../../../core/ids.js';
import { requireBeheerder } from '../../../core/access.js';
import { CreateInstrumentInput, DownloadInput, InstrumentStatus, MijnInstrumentenArgs, UpdateInstrumentInput } from './instrument-beheer.input.js';
import { instrumentStatus } from './instrument-beheer.service.js';

const MijnInstrumentenConnection = ConnectionType(Instrument, 'MijnInstrumentenConnection');

/** The beheeromgeving's instrument screens: stap 1 and 2, publiceren, verwijderen and the own list. */
@Resolver(() => Instrument)
export class InstrumentBeheerResolver {
  @Query(() => MijnInstrumentenConnection, { description: 'Beheer: de instrumenten van je eigen organisaties (landelijk beheerder: alle), ook concepten, op naam.' })
  mijnInstrumenten(@Args(() => MijnInstrumentenArgs) { filter, first, after }: MijnInstrumentenArgs, @Ctx() ctx: CatalogContext) {
    return ctx.services.instrumentBeheer.mijnInstrumenten(requireBeheerder(ctx), filter, first, after);
  }

  @Query(() => Instrument, { description: 'Beheer: één instrument van je eigen organisaties, ook als het niet gepubliceerd is.' })
  beheerInstrument(@Arg('id', () => ID) id: string, @Ctx() ctx: CatalogContext): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.instrumentBeheer.beheerInstrument(caller, id);
  }

  @FieldResolver(() => InstrumentStatus, { description: 'CONCEPT, GEPLAND, GEPUBLICEERD of VERLOPEN (vandaag, Nederlandse tijd).' })
  status(@Root() instrument: Instrument): InstrumentStatus {
    return instrumentStatus(instrument);
  }

  @Mutation(() => Instrument, { description: 'Stap 1 (en eventueel al stap 2) van een nieuw instrument.' })
  createInstrument(@Arg('input', () => CreateInstrumentInput) input: CreateInstrumentInput, @Ctx() ctx: CatalogContext): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(input.organisatieId, 'organisatieId');
    assertUuid(input.aanbiederId, 'aanbiederId');
    return ctx.services.instrumentBeheer.create(caller, input);
  }

  @Mutation(() => Instrument, { description: 'Wijzig alleen de meegegeven velden. version is de versie die je bewerkte: is die verouderd, dan volgt CONFLICT.' })
  updateInstrument(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => UpdateInstrumentInput) input: UpdateInstrumentInput,
    @Ctx() ctx: CatalogContext,
  ): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    for (const field of ['organisatieId', 'aanbiederId'] as const) if (input[field]) assertUuid(input[field]!, field);
    return ctx.services.instrumentBeheer.update(caller, id, version, { ...input });
  }

  @Mutation(() => Boolean, { description: 'Verwijdert het instrument helemaal. Met version: alleen als niemand het intussen wijzigde.' })
  deleteInstrument(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true }) version: number | null, @Ctx() ctx: CatalogContext): Promise<boolean> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.instrumentBeheer.delete(caller, id, version ?? null);
  }

  @Mutation(() => Instrument, { description: 'Publiceer, eventueel alleen in een periode (beide data tellen mee).' })
  publishInstrument(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('vanaf', () => LocalDateScalar, { nullable: true }) vanaf: string | null,
    @Arg('totEnMet', () => LocalDateScalar, { nullable: true }) totEnMet: string | null,
    @Ctx() ctx: CatalogContext,
  ): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.instrumentBeheer.publish(caller, id, version, vanaf ?? null, totEnMet ?? null);
  }

  @Mutation(() => Instrument)
  unpublishInstrument(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: CatalogContext): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.instrumentBeheer.unpublish(caller, id, version);
  }

  @Mutation(() => Instrument, { description: 'Voeg een bestand toe (PDF, PNG, JPG of Office-document, hoogstens 10 MB).' })
  addDownload(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('input', () => DownloadInput) input: DownloadInput, @Ctx() ctx: CatalogContext): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.instrumentBeheer.addDownload(caller, id, version, input);
  }

  @Mutation(() => Instrument)
  removeDownload(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('downloadId', () => ID) downloadId: string, @Ctx() ctx: CatalogContext): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    assertUuid(downloadId, 'downloadId');
    return ctx.services.instrumentBeheer.removeDownload(caller, id, version, downloadId);
  }

  @Mutation(() => Instrument, { description: 'Koppel kenmerken (tegels, klantkenmerken, doelgroepen, ...) erbij.' })
  koppelKenmerken(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('codes', () => [String]) codes: string[], @Ctx() ctx: CatalogContext): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.instrumentBeheer.changeKenmerken(caller, id, version, { add: codes });
  }

  @Mutation(() => Instrument)
  ontkoppelKenmerken(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('codes', () => [String]) codes: string[], @Ctx() ctx: CatalogContext): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.instrumentBeheer.changeKenmerken(caller, id, version, { remove: codes });
  }

  @Mutation(() => Instrument, { description: '"Koppel alle": alle kenmerken van één categorie (bijv. EVA_TEGEL).' })
  koppelAlleKenmerken(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Arg('categorie', () => String) categorie: string, @Ctx() ctx: CatalogContext): Promise<Instrument> {
    const caller = requireBeheerder(ctx);
    assertUuid(id, 'id');
    return ctx.services.instrumentBeheer.changeKenmerken(caller, id, version, { categorie });
  }
}

@Resolver(() => Download)
export class DownloadResolver {
  @FieldResolver(() => String, { description: 'Waar het bestand te downloaden is, via de gateway: /bestanden/<hash>.<extensie>.' })
  url(@Root() download: Download): string {
    return `/bestanden/${download.contentHash}.${extensionOf(download.bestandsnaam)}`;
  }
}
