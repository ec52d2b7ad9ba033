// An article given as fields (a feed item, a JSON Lines record) rather than as a file: written out as a text
// article with YAML front matter, or kept as an HTML page, and read like any file, so that every offset,
// dateline, language check and content hash works the same whatever the source.

import type { ReadArticle } from "./article.ts";
import { publishedDate } from "./article-field-checks.ts";
import { blockParagraphs } from "./html-block-text.ts";
import { InputError } from "./input-errors.ts";
import { parseHTML } from "./parse-html.ts";
import { readArticle } from "./read-article.ts";

export interface ArticleFields {
  title?: string | null;
  /** As the source gives it: ISO 8601 or an RFC 822 date ("Wed, 15 Mar 2023 10:00:00 GMT"). */
  published?: string | null;
  source?: string | null;
  url?: string | null;
  /** Plain text of the article. */
  text?: string | null;
  /** HTML of the article: a whole page or a fragment (a feed's description). */
  html?: string | null;
}

const WHOLE_PAGE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

/** Reads one article from its fields; throws InputError naming `input` when it has no text. */
export function articleFromFields(input: string, fields: ArticleFields): ReadArticle {
  // a feed's date that is no date is left out (feeds write them every way); JSON Lines check theirs before
  const published = fields.published ? publishedDate(fields.published) : null;
  if (fields.html && WHOLE_PAGE.test(fields.html)) {
    // A whole page: its own metadata, with the record's fields winning where given.
    const page = readArticle(input, Buffer.from(fields.html, "utf8"));
    return {
      ...page,
      title: fields.title ?? page.title,
      published: published ?? page.published,
      source: fields.source ?? page.source,
      url: fields.url ?? page.url,
    };
  }
  const body = fields.html ? htmlFragmentText(fields.html) : (fields.text ?? "").trim();
  if (!/\p{L}{2,}/u.test(body)) throw new InputError("no_text", input);
  const frontMatter = [
    ["title", fields.title],
    ["published", published],
    ["source", fields.source],
    ["url", fields.url],
  ]
    .filter(([, value]) => value)
    // JSON strings are valid YAML scalars: quotes, colons and newlines in a headline cannot break the block.
    .map(([name, value]) => `${name}: ${JSON.stringify(String(value).replace(/\s+/g, " ").trim())}`);
  const text = frontMatter.length ? `---\n${frontMatter.join("\n")}\n---\n${body}\n` : `${body}\n`;
  return readArticle(input, Buffer.from(text, "utf8"));
}

function htmlFragmentText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`);
  return blockParagraphs(document.body).join("\n\n");
}
