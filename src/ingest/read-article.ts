// One input's bytes to a ReadArticle: decode, tell HTML from text, read front matter or page metadata,
// find the dateline, check the language, hash the body. Throws InputError for anything that is not an article.
import type { ReadArticle } from "./article.ts";
import { contentHash } from "./content-hash.ts";
import { findDateline } from "./dateline.ts";
import { decodeText } from "./decode-text.ts";
import { readFrontMatter } from "./front-matter.ts";
import { headlineOf } from "./headline.ts";
import { looksLikeHtml, readHtmlArticle } from "./html-article.ts";
import { InputError } from "./input-errors.ts";
import { detectLanguage } from "./language.ts";

/** `format`, when the sender says what the bytes are (a Content-Type), wins over telling HTML from text. */
export function readArticle(input: string, bytes: Uint8Array, format?: "text" | "html"): ReadArticle {
  const decoded = decodeText(input, bytes);
  const isHtml = format ? format === "html" : looksLikeHtml(input, decoded);
  const article = isHtml ? fromHtml(input, decoded) : fromText(input, decoded);

  const dateline = findDateline(article.text, article.bodyStart, article.published);
  const body = article.text.slice(article.bodyStart);
  const language = detectLanguage(body);
  if (language && language.code !== "en") {
    throw new InputError("unsupported_language", input, `is in ${language.name} (${language.code}), not English`);
  }
  return {
    ...article,
    published: article.published ?? dateline?.date ?? null,
    dateline,
    language: language?.code ?? null,
    contentHash: contentHash(body),
  };
}

type Parts = Omit<ReadArticle, "dateline" | "language" | "contentHash">;

function fromText(input: string, text: string): Parts {
  const frontMatter = readFrontMatter(input, text);
  const bodyStart = frontMatter?.bodyStart ?? 0;
  if (text.slice(bodyStart).trim() === "") {
    throw new InputError("no_text", input, "has front matter but no article text after it");
  }
  return {
    input,
    text,
    bodyStart,
    format: "text",
    title: frontMatter?.title ?? headlineOf(text, bodyStart),
    published: frontMatter?.published ?? null,
    source: frontMatter?.source ?? null,
    url: frontMatter?.url ?? null,
  };
}

function fromHtml(input: string, html: string): Parts {
  const page = readHtmlArticle(input, html);
  return { input, bodyStart: 0, format: "html", ...page };
}
