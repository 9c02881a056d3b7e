import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Gebruiker } from './gebruiker.entity.js';

/**
 * Membership of a catalog organisatie. Only the id is stored: organisaties belong to the catalog subgraph,
 * so there is no foreign key to them (and accounts never reads the catalog's tables).
 */
@Entity('gebruiker_organisatie')
export class GebruikerOrganisatie {
  @PrimaryColumn({ name: 'gebruiker_id', type: 'uuid' })
  gebruikerId: string;

  @Index('gebruiker_organisatie_organisatie')
  @PrimaryColumn({ name: 'organisatie_id', type: 'uuid' })
  organisatieId: string;

  @ManyToOne(() => Gebruiker, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gebruiker_id' })
  gebruiker?: Relation<Gebruiker>;
}
