import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Gemeente } from './gemeente.entity.js';
import { Instrument } from './instrument.entity.js';
import { Kenmerk } from './kenmerk.entity.js';
import { Regio } from './regio.entity.js';
import { Wijk } from './wijk.entity.js';

// Link tables between an instrument and its kenmerken and beschikbare gebieden.

@Entity('instrument_kenmerk')
@Index(['kenmerkCode', 'instrumentId'])
export class InstrumentKenmerk {
  @PrimaryColumn({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @PrimaryColumn({ name: 'kenmerk_code', type: 'text' })
  kenmerkCode: string;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: Relation<Instrument>;

  @ManyToOne(() => Kenmerk, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'kenmerk_code' })
  kenmerk?: Relation<Kenmerk>;
}

@Entity('instrument_regio')
@Index(['regioCode', 'instrumentId'])
export class InstrumentRegio {
  @PrimaryColumn({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @PrimaryColumn({ name: 'regio_code', type: 'text' })
  regioCode: string;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: Relation<Instrument>;

  @ManyToOne(() => Regio, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regio_code' })
  regio?: Relation<Regio>;
}

@Entity('instrument_gemeente')
@Index(['gemeenteCode', 'instrumentId'])
export class InstrumentGemeente {
  @PrimaryColumn({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @PrimaryColumn({ name: 'gemeente_code', type: 'text' })
  gemeenteCode: string;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: Relation<Instrument>;

  @ManyToOne(() => Gemeente, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'gemeente_code' })
  gemeente?: Relation<Gemeente>;
}

@Entity('instrument_wijk')
@Index(['wijkId', 'instrumentId'])
export class InstrumentWijk {
  @PrimaryColumn({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @PrimaryColumn({ name: 'wijk_id', type: 'uuid' })
  wijkId: string;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: Relation<Instrument>;

  @ManyToOne(() => Wijk, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'wijk_id' })
  wijk?: Relation<Wijk>;
}
