import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../../core/federation.js';
import { AanbiederResolver, LocatieResolver, OrganisatieResolver } from './aanbieder.resolver.js';
import { referenceResolvers } from './entity-references.js';
import { BeschikbareGebiedenResolver, GebiedQueryResolver, GemeenteResolver, RegioResolver, WijkResolver } from './gebied.resolver.js';
// Before InstrumentResolver: type-graphql orders the SDL by registration, and schema/ has instrumentSearch there.
import { SearchResolver } from './search/search.resolver.js';
import { InstrumentResolver } from './instrument.resolver.js';
import { AuditResolver } from './beheer/audit.resolver.js';
import { DownloadResolver, InstrumentBeheerResolver } from './beheer/instrument-beheer.resolver.js';
import { KenmerkCategorieResolver, KenmerkResolver } from './kenmerk.resolver.js';
import { AanbiederBeheerResolver } from './beheer/aanbieder-beheer.resolver.js';
import { RecordsBeheerResolver } from './beheer/records-beheer.resolver.js';
import { DashboardResolver } from './dashboard/dashboard.resolver.js';
import { PrullenbakResolver } from './prullenbak/prullenbak.resolver.js';
import { RegistratiecodesResolver } from './sync/registratiecodes.resolver.js';
import { UitwisselingResolver } from './uitwisseling/uitwisseling.resolver.js';
import { SynoniemgroepResolver } from './synoniemen/synoniemgroep.resolver.js';

export { openCatalog, type CatalogContext } from './catalog.context.js';

/** The catalog subgraph schema. It owns no port: servers and tests call it as they like. */
export async function buildCatalogSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        InstrumentResolver, KenmerkCategorieResolver, KenmerkResolver, GebiedQueryResolver, RegioResolver,
        GemeenteResolver, WijkResolver, BeschikbareGebiedenResolver, AanbiederResolver, OrganisatieResolver, LocatieResolver,
        SearchResolver, InstrumentBeheerResolver, DownloadResolver, AuditResolver,
        AanbiederBeheerResolver, RecordsBeheerResolver, DashboardResolver, PrullenbakResolver, RegistratiecodesResolver, UitwisselingResolver,
        SynoniemgroepResolver,
      ],
    },
    referenceResolvers,
  );
}
