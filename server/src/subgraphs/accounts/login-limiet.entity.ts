import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The table rate-limiter-flexible's RateLimiterPostgres uses for failed logins (its own layout, created by our
 * migration instead of by the library), so every accounts replica counts the same attempts.
 */
@Entity('login_limiet')
export class LoginLimiet {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  /** Epoch milliseconds at which the count starts over. */
  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
