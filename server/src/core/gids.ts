import { registerEnumType } from 'type-graphql';

/**
 * The two guides, which every subgraph that speaks of instruments shares: declared once here so their enums
 * cannot drift apart (federation composes a subgraph's `Gids` with the others' only when they are identical).
 */
export enum Gids {
  EVA = 'EVA',
  DENNIS = 'DENNIS',
}
registerEnumType(Gids, {
  name: 'Gids',
  description: 'EVA: werkzoekenden instrumentengids. DENNIS: werkgevers instrumentengids.',
});
