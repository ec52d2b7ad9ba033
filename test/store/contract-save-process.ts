// A separate process that saves one contract article: the contract tests start several at once to check that
// concurrent saves of the same article, from different processes, store it exactly once.
// Usage: node --import tsx contract-save-process.ts LOCATION ARTICLE_NAME

import { openStore } from "../../src/store/open-store.ts";
import { contractArticles } from "./contract-articles.ts";

const [location, name] = process.argv.slice(2);
const article = contractArticles[name as keyof typeof contractArticles];
if (!location || !article) {
  process.stderr.write(`usage: contract-save-process.ts LOCATION (${Object.keys(contractArticles).join("|")})\n`);
  process.exit(2);
}
const store = await openStore(location);
try {
  process.stdout.write(`${JSON.stringify(await store.saveArticle(article))}\n`);
} finally {
  await store.close();
}
