import type { CatalogContext } from '../catalog.context.js';
import { InstrumentDimensie } from './dashboard.types.js';

const STATUS_LABEL: Record<string, string> = { CONCEPT: 'Concept', GEPLAND: 'Gepland', GEPUBLICEERD: 'Gepubliceerd', VERLOPEN: 'Verlopen' };

type Named = { naam: string } | null | Error;

/** The name of each key of a dimension, through the request's loaders (batched over all rows). */
export async function label(ctx: CatalogContext, dimensie: InstrumentDimensie, key: string): Promise<string> {
  const { loaders } = ctx;
  const load = (): Promise<Named> => {
    switch (dimensie) {
      case InstrumentDimensie.TEGEL:
      case InstrumentDimensie.KLANTKENMERK:
      case InstrumentDimensie.UITVOERINGSVORM:
        return loaders.kenmerkByCode.load(key);
      case InstrumentDimensie.REGIO:
        return loaders.regioByCode.load(key);
      case InstrumentDimensie.GEMEENTE:
        return loaders.gemeenteByCode.load(key);
      case InstrumentDimensie.ORGANISATIE:
        return loaders.organisatieById.load(key);
      case InstrumentDimensie.AANBIEDER:
        return loaders.aanbiederById.load(key);
      case InstrumentDimensie.STATUS:
        return Promise.resolve({ naam: STATUS_LABEL[key] ?? key });
    }
  };
  const named = await load();
  return named && !(named instanceof Error) ? named.naam : key;
}
