// Reads one CoNLL-U file of the UD folder, with a message that says what to pass when it is missing.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type ConlluSentence, readConllu } from "../src/parse/conllu.ts";

export function readTreebank(ud: string, file: string): ConlluSentence[] {
  const path = join(ud, file);
  if (!existsSync(path))
    throw new Error(`${path} is missing: pass the folder of the UD English treebanks (see ../shared/ud/README.md)`);
  return readConllu(readFileSync(path, "utf8"), path);
}
