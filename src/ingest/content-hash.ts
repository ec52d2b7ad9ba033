// An article's identity for idempotent ingest: the same body text hashes the same, whatever its
// line endings, spacing or Unicode normal form, and whatever front matter sits above it.
import { createHash } from "node:crypto";

export function normaliseForHash(body: string): string {
  return body.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** sha256 (hex) of the normalised body text. */
export function contentHash(body: string): string {
  return createHash("sha256").update(normaliseForHash(body), "utf8").digest("hex");
}
