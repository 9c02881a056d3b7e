import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Instrument } from './instrument.entity.js';

// Small records that belong to exactly one instrument: registratiecodes and aanvullende inhoud.

@ObjectType({ description: 'Code van het instrument in het zaaksysteem van de gemeente, met label.' })
@Entity('registratiecode')
@Index(['instrumentId', 'code'], { unique: true })
export class Registratiecode {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: Relation<Instrument>;

  @Field(() => String)
  @Column({ type: 'text' })
  code: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  label: string | null;
}

@ObjectType({ description: 'Verwijzing naar een externe website.' })
@Entity('link')
export class Link {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: Relation<Instrument>;

  @Field(() => String)
  @Column({ type: 'text' })
  label: string;

  @Field(() => String)
  @Column({ type: 'text' })
  url: string;
}

@ObjectType({ description: 'Een bestand bij het instrument, opgeslagen buiten de database op inhoud-hash.' })
@Entity('download')
export class Download {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: Relation<Instrument>;

  @Field(() => String)
  @Column({ type: 'text' })
  label: string;

  @Field(() => String)
  @Column({ type: 'text' })
  bestandsnaam: string;

  @Field(() => String)
  @Column({ name: 'mime_type', type: 'text' })
  mimeType: string;

  @Field(() => Int, { description: 'Grootte in bytes.' })
  @Column({ type: 'int' })
  grootte: number;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;
}

@ObjectType({ description: 'Een YouTube-video bij het instrument.' })
@Entity('video')
export class Video {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @ManyToOne(() => Instrument, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument?: Relation<Instrument>;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Field(() => String, { description: 'De YouTube-identifier, bijv. rVsqEJhVLFM.' })
  @Column({ name: 'youtube_id', type: 'text' })
  youtubeId: string;
}
