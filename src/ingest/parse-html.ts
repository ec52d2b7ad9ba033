// linkedom's parseHTML, loaded on the first HTML input: its modules cost a thread some 25 MB, and a run over
// text files (or a `dyad extract --threads` thread that only analyses) never needs them. `require` keeps the
// readers synchronous; it loads linkedom's CommonJS build, the same code as its ES module build.
import { createRequire } from "node:module";

type ParseHtml = (html: string) => { document: Document };

let parse: ParseHtml | undefined;

export function parseHTML(html: string): { document: Document } {
  parse ??= (createRequire(import.meta.url)("linkedom") as { parseHTML: ParseHtml }).parseHTML;
  return parse(html);
}
