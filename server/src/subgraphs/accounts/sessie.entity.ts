import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Gebruiker } from './gebruiker.entity.js';

/**
 * A login session. Only a SHA-256 of the secret session id is stored, so a leaked table hands out no
 * working tokens. Logout deletes the row; an expired or idle row no longer verifies.
 */
@Entity('sessie')
export class Sessie {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'token_hash', type: 'bytea', unique: true })
  tokenHash: Buffer;

  @Index('sessie_gebruiker')
  @Column({ name: 'gebruiker_id', type: 'uuid' })
  gebruikerId: string;

  @ManyToOne(() => Gebruiker, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'gebruiker_id' })
  gebruiker?: Relation<Gebruiker>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Index('sessie_verloopt_op')
  @Column({ name: 'verloopt_op', type: 'timestamptz' })
  verlooptOp: Date;

  /** The last request with this session, to the minute (written at most once a minute); idle sessions end. */
  @Column({ name: 'laatst_actief_op', type: 'timestamptz', default: () => 'now()' })
  laatstActiefOp: Date;
}
