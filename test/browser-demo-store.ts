// Demo data for the browser tests and the bench: the bundled examples, plus one malicious article, ingested into a
// fresh SQLite file through the real reader, analyzer and store.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadKnowledge } from "../src/knowledge/knowledge.ts";
import { ingestArticle } from "../src/store/ingest-article.ts";
import { openStore } from "../src/store/open-store.ts";
import type { Store } from "../src/store/store.ts";

const EXAMPLES = join(import.meta.dirname, "..", "examples");

export const MALICIOUS_ARTICLE = [
  "---",
  'title: "<img src=x onerror=\\"window.__pwned=1\\"> Iran and Iraq talks"',
  "published: 2021-05-01",
  "---",
  'BAGHDAD, 1 May 2021 – <script>window.__pwned = 2</script> Iranian Foreign Minister Javad Zarif met Iraqi Prime Minister Mustafa al-Kadhimi in Baghdad on Saturday. <img src=x onerror="window.__pwned=3"> The two sides discussed trade.',
  "",
].join("\n");

export async function ingestText(store: Store, input: string, text: string): Promise<number> {
  return (await ingestArticle({ input, bytes: new TextEncoder().encode(text) }, store, loadKnowledge())).documentId;
}

/** Opens a store at `path` holding every example article and the malicious one; returns the malicious one's id. */
export async function buildDemoStore(path: string): Promise<{ store: Store; maliciousId: number }> {
  const store = await openStore(path);
  for (const name of readdirSync(EXAMPLES)
    .filter((file) => file.endsWith(".txt"))
    .sort()) {
    await ingestText(store, `examples/${name}`, readFileSync(join(EXAMPLES, name), "utf8"));
  }
  const maliciousId = await ingestText(store, "malicious.txt", MALICIOUS_ARTICLE);
  return { store, maliciousId };
}
