// Totals of event filters, kept until the store changes: a page's `total` counts every match, which costs as
// much as finding them all, while its items come off an index a page at a time. Analysts page and re-run the
// same filters; the store changes only when articles are saved or events reviewed.
import { type Kysely, sql } from "kysely";
import type { Database } from "./database-schema.ts";
import type { DialectOverrides } from "./dialect-overrides.ts";
import type { EventFilter } from "./store.ts";

/** Something that changes whenever another connection commits, or null where there is nothing cheap to ask. */
type ChangeToken = (db: Kysely<Database>) => Promise<string | null>;

const CHANGE_TOKENS: Record<DialectOverrides["name"], ChangeToken> = {
  // SQLite's data_version changes when any other connection (another `dyad` process) commits to the file.
  sqlite: async (db) => {
    const { rows } = await sql<{ data_version: number }>`pragma data_version`.execute(db);
    return String(rows[0]?.data_version);
  },
  // A PostgreSQL pool has many connections and no such counter: totals are counted each time.
  postgres: async () => null,
};

const KEPT_TOTALS = 10_000;

export class EventTotals {
  private writes = 0;
  private token: string | null = null;
  private readonly totals = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectOverrides,
  ) {}

  /** Runs a write through this store's own connection (which data_version does not see), forgetting totals. */
  async writing<T>(write: () => Promise<T>): Promise<T> {
    this.writes += 1;
    try {
      return await write();
    } finally {
      this.writes += 1;
    }
  }

  async total(filter: EventFilter, count: () => Promise<number>): Promise<number> {
    const changes = await CHANGE_TOKENS[this.dialect.name](this.db);
    if (changes === null) return count();
    const token = `${this.writes}:${changes}`;
    if (token !== this.token || this.totals.size >= KEPT_TOTALS) {
      this.totals.clear();
      this.token = token;
    }
    const { limit: _limit, offset: _offset, ...matching } = filter;
    const key = JSON.stringify(matching);
    const known = this.totals.get(key);
    if (known !== undefined) return known;
    const total = await count();
    // A write of this store's that began meanwhile may or may not be counted: keep nothing from then.
    if (`${this.writes}:${changes}` === token) this.totals.set(key, total);
    return total;
  }
}
