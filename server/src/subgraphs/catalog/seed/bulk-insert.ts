import type { DataSource, EntityManager } from 'typeorm';

export interface ColumnSpec {
  name: string;
  /** PostgreSQL array element type used to unnest the values, e.g. 'uuid', 'text', 'numeric'. */
  type: string;
}

const BATCH = 5000;

/**
 * Inserts many rows with one statement per batch: each column travels as one array parameter and
 * `unnest` turns them back into rows. Existing keys are left alone, so seeding twice changes nothing.
 */
export async function insertRows(db: DataSource | EntityManager, table: string, columns: ColumnSpec[], rows: unknown[][]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const params = columns.map((_, c) => batch.map((row) => row[c] ?? null));
    const unnest = columns.map((col, c) => `$${c + 1}::${col.type}[]`).join(', ');
    const names = columns.map((col) => `"${col.name}"`).join(', ');
    await db.query(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${unnest}) ON CONFLICT DO NOTHING`, params);
  }
}
