// Where SQLite and PostgreSQL differ, and nothing else (STYLE.md habit 6): the store and its migrations
// are written once against kysely and ask these few named overrides for the dialect-specific parts.
import { type ColumnDefinitionBuilder, type Expression, type RawBuilder, type SqlBool, sql } from "kysely";

export interface DialectOverrides {
  readonly name: "sqlite" | "postgres";
  /** Column type and modifiers of an auto-numbered primary key. */
  readonly autoIdType: "integer" | "serial";
  autoId(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Case-insensitive substring match (SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE). */
  containsIgnoringCase(column: Expression<unknown>, text: string): RawBuilder<SqlBool>;
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

export const sqliteOverrides: DialectOverrides = {
  name: "sqlite",
  autoIdType: "integer",
  autoId: (column) => column.primaryKey().autoIncrement(),
  containsIgnoringCase: (column, text) => sql<SqlBool>`${column} like ${likePattern(text)} escape '\\'`,
};

export const postgresOverrides: DialectOverrides = {
  name: "postgres",
  autoIdType: "serial",
  autoId: (column) => column.primaryKey(),
  containsIgnoringCase: (column, text) => sql<SqlBool>`${column} ilike ${likePattern(text)} escape '\\'`,
};
