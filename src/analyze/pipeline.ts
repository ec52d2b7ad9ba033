// analyze/: one article through the ordered stages, into its record.
import type { ReadArticle } from "../ingest/article.ts";
import type { Knowledge } from "../knowledge/knowledge.ts";
import type { ArticleRecord } from "./record.ts";

export function analyzeArticle(article: ReadArticle, _knowledge: Knowledge): ArticleRecord {
  return {
    input: article.input,
    document: {
      title: article.title,
      published: article.published,
      dateline: article.dateline ? { place: article.dateline.place, country: null } : null,
      language: article.language,
      ...(article.format === "html" ? { text: article.text } : {}),
    },
    entities: [],
    events: [],
    relations: [],
    quotes: [],
  };
}
