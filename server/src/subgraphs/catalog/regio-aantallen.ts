import DataLoader from 'dataloader';
import { Field, Int, ObjectType } from 'type-graphql';
import { amsterdamToday } from '../../core/publicatie.js';
import type { Gids } from './catalog.enums.js';
import type { Bitset } from './search/bitset.js';
import type { SearchIndex } from './search/search-index.js';
import type { SearchIndexManager } from './search/search-index.manager.js';

@ObjectType({ description: "Hoeveel gepubliceerde instrumenten van een gids er in een arbeidsmarktregio zijn, naar waar ze beschikbaar zijn." })
export class RegioAantallen {
  @Field(() => Int, { description: 'Landelijk beschikbaar.' })
  landelijk: number;

  @Field(() => Int, { description: 'Beschikbaar in de hele regio (niet landelijk).' })
  regionaal: number;

  @Field(() => Int, { description: 'Alleen in een of meer gemeenten of wijken van de regio, niet in de hele regio.' })
  lokaal: number;

  @Field(() => Int, { description: 'Alle drie samen: wat instrumentSearch met filter regio vindt.' })
  totaal: number;
}

export interface RegioAantallenKey {
  gids: Gids;
  code: string;
}

/**
 * The three groups partition the regio search (regioArea: landelijk, the regio, its gemeenten and wijken), so
 * `totaal` is the regio search's totalCount. An instrument marked landelijk that also names the regio counts as
 * landelijk only; lokaal is what is left.
 */
export function regioAantallen(index: SearchIndex, base: Bitset, code: string): RegioAantallen {
  const inRegio = base.clone().and(index.regioArea(code));
  const totaal = inRegio.count();
  const landelijk = inRegio.countAnd(index.landelijk);
  const regioBreed = inRegio.and(index.koppelingSet('regios', code));
  const regionaal = regioBreed.count() - regioBreed.countAnd(index.landelijk);
  return { landelijk, regionaal, lokaal: totaal - landelijk - regionaal, totaal };
}

/** Per request: the counts of many regio's (the landing's list) share one published-in-this-guide set per gids. */
export function createRegioAantallenLoader(searchIndex: SearchIndexManager) {
  return new DataLoader<RegioAantallenKey, RegioAantallen, string>(
    async (keys) => {
      const index = searchIndex.current();
      const published = index.published(amsterdamToday());
      const bases = new Map<Gids, Bitset>();
      return keys.map(({ gids, code }) => {
        let base = bases.get(gids);
        if (!base) bases.set(gids, (base = published.clone().and(index.gids[gids])));
        return regioAantallen(index, base, code);
      });
    },
    { cacheKeyFn: ({ gids, code }) => `${gids}:${code}` },
  );
}
