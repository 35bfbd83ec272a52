/**
 * The database schema, as numbered migrations. Each runs once, in order, inside the start-up
 * transaction, and is recorded in `schema_migrations`; starting again changes nothing. Never
 * edit a migration that has shipped: add the next one.
 *
 * Times are stored as ISO 8601 text in UTC (they sort as text) and documents as JSON text,
 * so PGlite and node-postgres read back exactly the same values.
 */
import type { Database } from './database.js';

/** One step of the schema. */
export interface Migration {
  /** Its number: 1, 2, 3… in order. */
  readonly version: number;
  /** A short name for logs. */
  readonly name: string;
  /** The statements, separated by semicolons. */
  readonly sql: string;
}

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
      CREATE TABLE polls (
        id text PRIMARY KEY,
        poll text NOT NULL,
        release text NOT NULL,
        release_seq integer NOT NULL DEFAULT 0,
        published_seq integer NOT NULL DEFAULT 0,
        published_at text,
        change_count integer NOT NULL DEFAULT 0,
        counts text NOT NULL,
        created_at text NOT NULL
      );
      CREATE TABLE votes (
        poll_id text NOT NULL REFERENCES polls (id) ON DELETE CASCADE,
        participant_id text NOT NULL,
        rung_id text NOT NULL,
        segment text,
        counted_in integer NOT NULL,
        cast_at text NOT NULL,
        PRIMARY KEY (poll_id, participant_id)
      );
      CREATE TABLE pledges (
        id text PRIMARY KEY,
        wall_id text NOT NULL,
        pledge text NOT NULL,
        name text,
        owner_token_hash text NOT NULL,
        created_at text NOT NULL
      );
      CREATE INDEX pledges_by_wall ON pledges (wall_id);
      CREATE INDEX pledges_by_age ON pledges (created_at);
      CREATE TABLE pledge_joiners (
        pledge_id text NOT NULL REFERENCES pledges (id) ON DELETE CASCADE,
        participant_id text NOT NULL,
        PRIMARY KEY (pledge_id, participant_id)
      );
      CREATE TABLE records (
        collection text NOT NULL,
        id text NOT NULL,
        owner_id text NOT NULL,
        value text NOT NULL,
        revision integer NOT NULL,
        updated_at text NOT NULL,
        PRIMARY KEY (collection, id)
      );
      CREATE INDEX records_by_owner ON records (owner_id);
      CREATE INDEX records_by_age ON records (updated_at);
      CREATE TABLE events (
        id bigserial PRIMARY KEY,
        topic text NOT NULL,
        restricted boolean NOT NULL DEFAULT false,
        data text NOT NULL,
        created_at text NOT NULL
      );
      CREATE INDEX events_by_topic ON events (topic, id);
      CREATE TABLE idempotency_keys (
        key text PRIMARY KEY,
        fingerprint text NOT NULL,
        status integer NOT NULL DEFAULT 0,
        body text NOT NULL DEFAULT '',
        created_at text NOT NULL
      );
      CREATE INDEX idempotency_by_age ON idempotency_keys (created_at);
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at text NOT NULL,
        action text NOT NULL,
        target text NOT NULL
      )
    `,
  },
];

/** A lock number only PartnerKit's migrations take, so two starting servers take turns. */
const MIGRATION_LOCK = 720_514_001;

/**
 * Applies the migrations not applied yet, all in one transaction (all or nothing). Safe to
 * run at every start and from several processes at once. Resolves to the versions applied.
 */
export async function applyMigrations(db: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      applied_at text NOT NULL
    )`);
    const rows = await tx.query<{ version: number }>('SELECT version FROM schema_migrations');
    const applied = new Set(rows.map((row) => Number(row.version)));
    const done: number[] = [];
    for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
      if (applied.has(migration.version)) continue;
      for (const statement of migration.sql.split(';')) {
        if (statement.trim() !== '') await tx.query(statement);
      }
      await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
      done.push(migration.version);
    }
    return done;
  });
}
