import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One recorded interaction. Deliberately nothing that identifies a person: no account, no address, no cookie;
 * `tab` is a random id a browser tab keeps in memory, so a visit's events can be linked without knowing who.
 */
@Entity('interactie')
@Index('interactie_tijdstip', ['tijdstip'])
@Index('interactie_instrument_tijdstip', ['instrumentId', 'tijdstip'])
export class Interactie {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  tijdstip: Date;

  @Column({ type: 'text' })
  soort: string;

  @Column({ type: 'text' })
  gids: string;

  @Column({ name: 'instrument_id', type: 'uuid', nullable: true })
  instrumentId: string | null;

  @Column({ type: 'text', array: true, nullable: true })
  kenmerken: string[] | null;

  @Column({ type: 'text', nullable: true })
  regio: string | null;

  @Column({ type: 'text', nullable: true })
  gemeente: string | null;

  @Column({ type: 'integer', nullable: true })
  resultaten: number | null;

  @Column({ name: 'tekst_gebruikt', type: 'boolean', nullable: true })
  tekstGebruikt: boolean | null;

  @Column({ type: 'text', nullable: true })
  tab: string | null;
}
