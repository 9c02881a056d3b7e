import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The instruments insights accepts events for: the catalog's `instrument` events (core/events.ts), projected by
 * instrument-projection.ts. A row is gone when the catalog deleted the instrument; events already recorded stay.
 */
@Entity('instrument')
export class InsightsInstrument {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  gids: string;
}
