import { Check, Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Daily and monthly rollups of `interactie`, one table per dashboard question, so a year of events answers from
 * thousands of rows instead of millions (rollups.ts folds them). A day is a day in Dutch time. Rows with
 * `totaal` count every regio together (regio NULL): a landelijk question never has to add up 35 regio's.
 */
abstract class DagRollup {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id: string;

  /** The day; with `maand`, the first day of the month the row adds up. */
  @Column({ type: 'date' })
  dag: string;

  @Column({ type: 'boolean', default: false })
  maand: boolean;

  @Column({ type: 'text' })
  gids: string;

  @Column({ type: 'text', nullable: true })
  regio: string | null;

  @Column({ type: 'integer' })
  aantal: number;
}

abstract class DagRollupMetTotaal extends DagRollup {
  @Column({ type: 'boolean' })
  totaal: boolean;
}

/** Interactions per day, soort, gids and regio: the periods and the click-through. */
@Entity('interactie_dag')
@Index('interactie_dag_regio_dag', ['totaal', 'regio', 'maand', 'dag'])
export class InteractieDag extends DagRollupMetTotaal {
  @Column({ type: 'text' })
  soort: string;
}

/** Views per day and instrument. */
@Entity('bekeken_dag')
@Index('bekeken_dag_regio_dag', ['totaal', 'regio', 'maand', 'dag'])
export class BekekenDag extends DagRollupMetTotaal {
  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;
}

/** Searches per day that chose a kenmerk, per kenmerk code (a search counts once for each distinct code). */
@Entity('kenmerk_dag')
@Index('kenmerk_dag_regio_dag', ['totaal', 'regio', 'maand', 'dag'])
export class KenmerkDag extends DagRollupMetTotaal {
  @Column({ type: 'text' })
  code: string;
}

/** Searches without results per day, by their set of kenmerken (sorted, each once), regio and gemeente. */
@Entity('zonder_resultaat_dag')
@Index('zonder_resultaat_dag_regio_dag', ['regio', 'maand', 'dag'])
export class ZonderResultaatDag extends DagRollup {
  @Column({ type: 'text', array: true })
  kenmerken: string[];

  @Column({ type: 'text', nullable: true })
  gemeente: string | null;
}

/**
 * One row: the events before the moment `tot` are in the rollups (and only there count); from `tot` on, the raw
 * events count. Moving it and folding happen in one transaction, so a reader never sees an event twice or not at all.
 */
@Entity('opgerold')
@Check('"enkel"')
export class Opgerold {
  @PrimaryColumn({ type: 'boolean', default: true })
  enkel: boolean;

  @Column({ type: 'timestamptz' })
  tot: Date;
}

export const ROLLUP_ENTITIES = [InteractieDag, BekekenDag, KenmerkDag, ZonderResultaatDag, Opgerold];
