/**
 * The small database seam the server needs, with one SQL dialect (PostgreSQL's) for both
 * engines: PGlite (embedded, in a data directory or in memory) and a PostgreSQL server.
 */

/** One row of a query result, by column name. */
export type Row = Record<string, unknown>;

/** Something that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one statement with `$1`-style parameters and returns its rows. */
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/** Which engine holds the data. */
export type DatabaseKind = 'pglite' | 'postgres';

/** A database connection (or pool) the server owns. */
export interface Database extends Queryable {
  /** The engine: `pglite` (embedded) or `postgres` (a server). */
  readonly kind: DatabaseKind;
  /**
   * Runs `work` inside one transaction: committed when it resolves, rolled back when it
   * throws (the error is thrown again).
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Hears `NOTIFY` messages on a channel, sent by this process or any other one sharing the
   * database. Resolves to a function that stops listening.
   */
  listen(channel: string, listener: (payload: string) => void): Promise<() => Promise<void>>;
  /** Closes every connection. Queries after this reject. */
  close(): Promise<void>;
}
