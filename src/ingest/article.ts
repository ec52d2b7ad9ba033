// What ingest/ hands to analyze/: one article's text as read, with what is known about it
// before any language analysis.
import type { IsoDate } from "../record/record.ts";

export interface ReadArticle {
  /** The argument as given (a path, "-" for stdin, or a caller's label). */
  input: string;
  /** The text that every offset points into: the file as read (UTF-8), or an HTML page's main text. */
  text: string;
  /** Where the article body starts in `text` (after YAML front matter). */
  bodyStart: number;
  /** "text" for plain text (with or without front matter), "html" for a page. */
  format: "text" | "html";
  title: string | null;
  published: IsoDate | null;
  source: string | null;
  url: string | null;
  /** Dateline found at the head of the body ("23rd September 2023 – (Hangzhou)"), place as written. */
  dateline: {
    place: string | null;
    /** What follows the place after a comma ("DC" in "Washington, DC", "China"), as written. */
    region?: string | null;
    date: IsoDate | null;
    start: number;
    end: number;
  } | null;
  /** ISO 639-1 code ("en"), or null when the text is too short to tell. */
  language: string | null;
  /** sha256 of the normalised article text: the identity that makes ingest idempotent. */
  contentHash: string;
}
