// One read article into the store: skip it when its text is stored already, else analyse and save it in one
// transaction. Shared by the queue workers; the outcome says what happened, a thrown Error why it failed.
import { analyzeArticle } from "../analyze/pipeline.ts";
import type { ReadArticle } from "../ingest/article.ts";
import { articleSignature } from "../ingest/near-duplicate-signature.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { Store } from "../store/store.ts";

export interface StoreArticleOutcome {
  stored: boolean;
  documentId: number;
  /** Set when the article is a near-duplicate of one stored before. */
  duplicateOf?: number | null;
}

export async function storeArticle(
  article: ReadArticle,
  store: Store,
  knowledge: Knowledge,
): Promise<StoreArticleOutcome> {
  let record: ReturnType<typeof analyzeArticle>;
  try {
    record = analyzeArticle(article, knowledge);
  } catch (error) {
    throw new Error(`${article.input} could not be analysed (${(error as Error).message})`);
  }
  let result: Awaited<ReturnType<Store["saveArticle"]>>;
  try {
    const fingerprint = articleSignature(article);
    result = await store.saveArticle({ record, contentHash: article.contentHash, text: article.text, fingerprint });
  } catch (error) {
    throw new Error(`${article.input} could not be stored (${(error as Error).message}); nothing of it was kept`);
  }
  return { stored: result.stored, documentId: result.documentId, duplicateOf: result.duplicateOf ?? null };
}
