import { Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { InstrumentOnderdeel } from './instrument-onderdeel.entity.js';

// Registratiecodes and aanvullende inhoud (links, downloads, video's) of an instrument.

@ObjectType({ description: 'Code van het instrument in het zaaksysteem van de gemeente, met label.' })
@Entity('registratiecode')
@Index(['instrumentId', 'code'], { unique: true })
export class Registratiecode extends InstrumentOnderdeel {
  @Field(() => String)
  @Column({ type: 'text' })
  code: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  label: string | null;
}

@ObjectType({ description: 'Verwijzing naar een externe website.' })
@Entity('link')
@Index(['instrumentId'])
export class Link extends InstrumentOnderdeel {
  @Field(() => String)
  @Column({ type: 'text' })
  label: string;

  @Field(() => String)
  @Column({ type: 'text' })
  url: string;
}

@ObjectType({ description: 'Een bestand bij het instrument, opgeslagen buiten de database op inhoud-hash.' })
@Entity('download')
@Index(['instrumentId'])
export class Download extends InstrumentOnderdeel {
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
@Index(['instrumentId'])
export class Video extends InstrumentOnderdeel {
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Field(() => String, { description: 'De YouTube-identifier, bijv. rVsqEJhVLFM.' })
  @Column({ name: 'youtube_id', type: 'text' })
  youtubeId: string;
}
