import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * What reviews knows of an instrument: the catalog's `instrument` events (core/events.ts), projected here by
 * instrument-projection.ts. Never written by anything else; a row is gone when the catalog deleted the instrument.
 */
@Entity('instrument')
export class ReviewInstrument {
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'organisatie_id', type: 'uuid' })
  organisatieId: string;

  @Column({ type: 'text' })
  gids: string;

  @Column({ type: 'boolean' })
  publiceren: boolean;

  @Column({ name: 'publiceer_vanaf', type: 'date', nullable: true })
  publiceerVanaf: string | null;

  @Column({ name: 'publiceer_tot_en_met', type: 'date', nullable: true })
  publiceerTotEnMet: string | null;
}
