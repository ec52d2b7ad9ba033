// SQLite through kysely with two changes for several processes on one file. A transaction takes the write
// lock as it begins (BEGIN IMMEDIATE), waiting for it under busy_timeout: a deferred one that reads first
// fails with SQLITE_BUSY when another process writes meanwhile. And migrations run inside one such
// transaction (SQLite's DDL is transactional; kysely's SQLite adapter says otherwise), so that processes
// opening a new file at once migrate it one after the other instead of creating the same tables twice.
import {
  CompiledQuery,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  SqliteAdapter,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from "kysely";

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("begin immediate"));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

export class LockingSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
