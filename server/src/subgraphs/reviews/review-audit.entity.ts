import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditTrail, Actor, Snapshot } from '../../core/audit.js';

export type ReviewActie = 'AANGEMAAKT' | 'GEWIJZIGD' | 'INGETROKKEN' | 'VERBORGEN';

/** Every review write: who, when, from where, and the review before and after (core's audit writer). */
@Entity('audit_record')
@Index(['reviewId', 'tijdstip'])
export class ReviewAuditRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  tijdstip: Date;

  @Column({ name: 'gebruiker_id', type: 'uuid', nullable: true })
  gebruikerId: string | null;

  @Column({ name: 'client_adres', type: 'text', nullable: true })
  clientAdres: string | null;

  @Column({ type: 'text' })
  actie: ReviewActie;

  @Column({ name: 'review_id', type: 'uuid' })
  reviewId: string;

  @Column({ name: 'instrument_id', type: 'uuid' })
  instrumentId: string;

  @Column({ type: 'jsonb', nullable: true })
  voor: Snapshot | null;

  @Column({ type: 'jsonb', nullable: true })
  na: Snapshot | null;
}

export interface ReviewAuditEntry {
  actor: Actor;
  actie: ReviewActie;
  reviewId: string;
  instrumentId: string;
  voor: Snapshot | null;
  na: Snapshot | null;
}

export const REVIEWS_AUDIT: AuditTrail<ReviewAuditEntry> = {
  entity: ReviewAuditRecord,
  toRow: (entry) => ({
    gebruikerId: entry.actor.callerId,
    clientAdres: entry.actor.clientAddress,
    actie: entry.actie,
    reviewId: entry.reviewId,
    instrumentId: entry.instrumentId,
    voor: entry.voor,
    na: entry.na,
  }),
};
