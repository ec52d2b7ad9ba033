// Reads PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.verbs.txt; format in its header and in
// PETRreader.read_verb_dictionary): synonym sets (&NAME then +member lines), verb blocks
// ("--- NAME [code] ---", then verb lines, then "- pattern [code] # comment" lines). The
// transformations section at the end is not read.

export interface CameoClass {
  name: string;
  /** Lower-case words; "_" and spaces both join words; a trailing "_" (no plural) is dropped. */
  members: string[];
  line: number;
}

export interface CameoVerb {
  /** Lower-case words of the verb ("ask", "for" for +ASK_FOR). */
  words: string[];
  /** Irregular forms given in {…}, lower-case words. */
  forms: string[][];
  /** The verb's own code, when it has one ("---" reads as null); undefined: the block's. */
  code?: string | null;
  line: number;
}

export interface CameoPattern {
  /** The pattern between "-" and its code, e.g. "* (TO SUMMIT)". */
  text: string;
  /** The code as written inside […]: "042:043", "---", ":173". */
  code: string;
  comment: string;
  line: number;
}

export interface CameoBlock {
  name: string;
  code: string | null;
  line: number;
  verbs: CameoVerb[];
  patterns: CameoPattern[];
}

export interface CameoDictionary {
  classes: CameoClass[];
  blocks: CameoBlock[];
}

const BLOCK = /^---\s+(\S+)\s+\[([^\]]*)\]\s+---/;

export function readCameoVerbs(text: string): CameoDictionary {
  const classes: CameoClass[] = [];
  const blocks: CameoBlock[] = [];
  let currentClass: CameoClass | undefined;
  let block: CameoBlock | undefined;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    if (raw.startsWith("######## TRANSFORMATIONS")) break;
    const header = BLOCK.exec(raw);
    if (header) {
      block = { name: header[1], code: codeOrNull(header[2]), line: n + 1, verbs: [], patterns: [] };
      blocks.push(block);
      currentClass = undefined;
      continue;
    }
    const [body, comment] = splitComment(raw);
    if (body === "") {
      if (raw.trim() === "") currentClass = undefined;
      continue;
    }
    if (!block && body.startsWith("&")) {
      currentClass = { name: body.split(/\s+/)[0], members: [], line: n + 1 };
      classes.push(currentClass);
    } else if (!block && currentClass && body.startsWith("+"))
      currentClass.members.push(words(body.slice(1)).join(" "));
    else if (block && body.startsWith("-")) block.patterns.push(readPattern(body, comment, n + 1));
    else if (block) block.verbs.push(readVerb(body, n + 1));
  }
  return { classes: classes.filter((c) => c.members.length > 0), blocks };
}

function splitComment(line: string): [string, string] {
  const at = line.indexOf("#");
  if (at < 0) return [line.trim(), ""];
  return [line.slice(0, at).trim(), line.slice(at + 1).trim()];
}

function codeOrNull(code: string): string | null {
  const c = code.trim();
  return /^-+$/.test(c) ? null : c;
}

/** "CLEAR_UP", "ARMS SHIPMENT", "KRONE_" → lower-case words. */
export function words(phrase: string): string[] {
  return phrase
    .replace(/^\+/, "")
    .split(/[\s_]+/)
    .map((w) => w.replace(/^\+/, "").toLowerCase())
    .filter((w) => w !== "");
}

function readVerb(body: string, line: number): CameoVerb {
  const code = /\[([^\]]*)\]/.exec(body);
  const braces = /\{([^}]*)\}/.exec(body);
  const head = body
    .replace(/\[[^\]]*\]/, "")
    .replace(/\{[^}]*\}/, "")
    .trim();
  const forms = braces
    ? braces[1]
        .split(/[\s,]+/)
        .filter((f) => f !== "" && f !== ",")
        .map(words)
    : [];
  const verb: CameoVerb = { words: words(head), forms, line };
  if (code) verb.code = codeOrNull(code[1]);
  return verb;
}

function readPattern(body: string, comment: string, line: number): CameoPattern {
  const code = /\[([^\]]*)\]\s*$/.exec(body);
  const text = body
    .slice(1, code ? code.index : body.length)
    .trim()
    .replace(/\s+/g, " ");
  return { text, code: code ? code[1].trim() : "", comment, line };
}
