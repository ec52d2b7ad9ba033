// What happens to a newly stored article after its rows are written, in the same transaction: a near-duplicate
// is linked to its first copy (near-duplicates.ts), and otherwise its events join the events that other
// articles already reported (event-merging.ts). Locks are taken in that order by every transaction.
import type { Transaction } from "kysely";
import type { Database } from "./database-schema.ts";
import type { DialectOverrides } from "./dialect-overrides.ts";
import { mergeDocumentEvents } from "./event-merging.ts";
import { linkNearDuplicate } from "./near-duplicates.ts";
import type { ArticleToStore, SaveResult } from "./store.ts";

export async function linkSavedArticle(
  trx: Transaction<Database>,
  dialect: DialectOverrides,
  article: ArticleToStore,
  saved: SaveResult,
): Promise<SaveResult> {
  if (!saved.stored) return saved;
  if (article.fingerprint) {
    const duplicateOf = await linkNearDuplicate(trx, dialect, saved.documentId, article.fingerprint);
    if (duplicateOf !== null) return { ...saved, duplicateOf };
  }
  await mergeDocumentEvents(trx, dialect, saved.documentId);
  return saved;
}
