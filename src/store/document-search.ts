// Full-text search over the stored articles: titles and text (and so every evidence sentence, which is a slice
// of the text), ranked, with a highlighted snippet. SQLite keeps an FTS5 index (porter stemming) beside the
// documents table, filled by triggers; PostgreSQL a generated tsvector column with a GIN index. The two are
// named overrides here, not branches spread through the store.
import { type Kysely, type Migration, sql } from "kysely";
import type { Database } from "./database-schema.ts";
import type { DialectOverrides } from "./dialect-overrides.ts";
import { type DocumentRow, toStoredDocument } from "./document-row.ts";
import type { DocumentHit, DocumentSearch, Page, SnippetPart } from "./store.ts";

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was, not as typed now.
type AnyDatabase = Kysely<any>;

// Control characters never occur in stored text (readers drop them), so they mark matches unambiguously.
const START = "\u0002";
const STOP = "\u0003";

export function snippetParts(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of marked.split(new RegExp(`[${START}${STOP}]`)).entries()) {
    if (piece) parts.push({ text: piece, highlight: index % 2 === 1 });
  }
  return parts;
}

/** The words of what the user typed, each quoted for FTS5, so no input is ever read as query syntax. */
export function ftsQuery(typed: string): string {
  const words = typed.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.map((word) => `"${word}"`).join(" ");
}

export function documentSearchMigration(dialect: DialectOverrides): Migration {
  return dialect.name === "sqlite" ? sqliteSearchMigration : postgresSearchMigration;
}

const sqliteSearchMigration: Migration = {
  async up(db: AnyDatabase) {
    await sql`create virtual table documents_fts using fts5(title, text, content='documents', content_rowid='id',
      tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger documents_fts_insert after insert on documents begin
      insert into documents_fts(rowid, title, text) values (new.id, new.title, new.text); end`.execute(db);
    await sql`create trigger documents_fts_delete after delete on documents begin
      insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.id, old.title, old.text); end`.execute(
      db,
    );
    await sql`create trigger documents_fts_update after update of title, text on documents begin
      insert into documents_fts(documents_fts, rowid, title, text) values ('delete', old.id, old.title, old.text);
      insert into documents_fts(rowid, title, text) values (new.id, new.title, new.text); end`.execute(db);
    await sql`insert into documents_fts(documents_fts) values ('rebuild')`.execute(db);
  },
  async down(db: AnyDatabase) {
    for (const trigger of ["documents_fts_insert", "documents_fts_delete", "documents_fts_update"]) {
      await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(db);
    }
    await sql`drop table if exists documents_fts`.execute(db);
  },
};

const postgresSearchMigration: Migration = {
  async up(db: AnyDatabase) {
    // Titles weigh more than the body (A over B) in the rank.
    await sql`alter table documents add column search_vector tsvector generated always as (
      setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', text), 'B')
    ) stored`.execute(db);
    await sql`create index documents_search on documents using gin (search_vector)`.execute(db);
  },
  async down(db: AnyDatabase) {
    await sql`drop index if exists documents_search`.execute(db);
    await sql`alter table documents drop column if exists search_vector`.execute(db);
  },
};

type HitRow = DocumentRow & { snippet: string; rank: number };

// Newest first: by publication date (as precise as known, undated last), then by when it was stored.
const NEWEST = sql.raw(`(d.published is null), d.published desc, d.ingested_at desc, d.id desc`);

const SEARCHES: Record<
  DialectOverrides["name"],
  (db: Kysely<Database>, search: DocumentSearch) => Promise<Page<HitRow>>
> = {
  async sqlite(db, search) {
    const match = ftsQuery(search.query);
    if (!match) return { total: 0, items: [] };
    const order = search.order === "relevance" ? sql.raw("rank desc, d.id desc") : NEWEST;
    const [count, rows] = await Promise.all([
      sql<{ total: number }>`select count(*) as total from documents_fts where documents_fts match ${match}`.execute(
        db,
      ),
      sql<HitRow>`select d.id, d.content_hash, d.input, d.title, d.published, d.source, d.url, d.language,
            d.ingested_at, snippet(documents_fts, -1, ${START}, ${STOP}, '…', 24) as snippet,
            -bm25(documents_fts, 4.0, 1.0) as rank
          from documents_fts join documents d on d.id = documents_fts.rowid
          where documents_fts match ${match}
          order by ${order} limit ${search.limit ?? 100} offset ${search.offset ?? 0}`.execute(db),
    ]);
    return { total: Number(count.rows[0]?.total ?? 0), items: rows.rows };
  },
  async postgres(db, search) {
    const query = sql`websearch_to_tsquery('english', ${search.query})`;
    const order = search.order === "relevance" ? sql.raw("rank desc, d.id desc") : NEWEST;
    const [count, rows] = await Promise.all([
      sql<{ total: number }>`select count(*) as total from documents where search_vector @@ ${query}`.execute(db),
      sql<HitRow>`select d.id, d.content_hash, d.input, d.title, d.published, d.source, d.url, d.language,
            d.ingested_at, ts_rank(d.search_vector, ${query}) as rank,
            ts_headline('english', coalesce(d.title, '') || ' — ' || d.text, ${query},
              ${`StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`}) as snippet
          from documents d where d.search_vector @@ ${query}
          order by ${order} limit ${search.limit ?? 100} offset ${search.offset ?? 0}`.execute(db),
    ]);
    return { total: Number(count.rows[0]?.total ?? 0), items: rows.rows };
  },
};

export async function searchDocuments(
  db: Kysely<Database>,
  dialect: DialectOverrides,
  search: DocumentSearch,
): Promise<Page<DocumentHit>> {
  const page = await SEARCHES[dialect.name](db, search);
  return {
    total: page.total,
    items: page.items.map((row) => ({
      ...toStoredDocument(row),
      snippet: snippetParts(row.snippet ?? ""),
      rank: Math.round(Number(row.rank) * 10_000) / 10_000,
    })),
  };
}
