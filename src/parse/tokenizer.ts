// Words as UD English writes them, each an exact slice of the text: clitics apart ("do|n't",
// "China|'s", "gon|na"), hyphens apart except after a few prefixes ("pre-owned", "e-mail"), dotted
// abbreviations and known short forms whole ("U.S.", "Mr."), numbers whole ("1,000", "3.5", "1990s").

export interface TextToken {
  start: number;
  end: number;
  text: string;
}

const URL_LIKE = /^(?:https?:\/\/|www\.)|^[\w.+-]+@[\w-]+\.[\w.-]+/i;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}"'”’]+$/;
const PIECE = new RegExp(
  [
    String.raw`(?:\p{L}\.){2,}`, // U.S., e.g.
    String.raw`(?:[Ee]|[Pp]ro|[Nn]on|[Rr]e|[Cc]o|[Aa]nti|[Pp]re|[Pp]ost|[Mm]id|[Ss]emi|[Mm]ulti|[Ss]elf)-\p{L}[\p{L}\p{M}\p{N}]*`,
    String.raw`\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|s)?`,
    String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}[\p{L}\p{M}\p{N}]*)*`,
    String.raw`\.{2,}|-{2,}|[!?]{2,}`,
    String.raw`\S`,
  ].join("|"),
  "uy",
);
const NEGATION = /n['’]t$/i;
const CLITIC = /['’](?:s|re|ve|ll|d|m)$/i;
const FUSED = /^(?:(gon)(na)|(wan)(na)|(got)(ta)|(can)(not))$/i;

/** The words of text[from, to), with their offsets in `text`. */
export function tokenizeWords(
  text: string,
  from = 0,
  to = text.length,
  abbreviations: ReadonlySet<string> = new Set(),
): TextToken[] {
  const out: TextToken[] = [];
  const chunk = /\S+/g;
  chunk.lastIndex = from;
  for (let m = chunk.exec(text); m && m.index < to; m = chunk.exec(text)) {
    const start = m.index;
    const end = Math.min(start + m[0].length, to);
    const last = end >= to;
    const word = text.slice(start, end);
    if (URL_LIKE.test(word)) {
      const trail = TRAILING_PUNCTUATION.exec(word)?.[0].length ?? 0;
      add(out, text, start, end - trail);
      for (let i = end - trail; i < end; i++) add(out, text, i, i + 1);
      continue;
    }
    splitChunk(text, start, word, abbreviations, last, out);
  }
  return out;
}

function splitChunk(
  text: string,
  start: number,
  chunk: string,
  abbreviations: ReadonlySet<string>,
  lastChunk: boolean,
  out: TextToken[],
): void {
  let at = 0;
  while (at < chunk.length) {
    PIECE.lastIndex = at;
    const piece = PIECE.exec(chunk)?.[0] ?? chunk[at];
    let end = at + piece.length;
    if (chunk[end] === "." && keepsItsDot(piece, abbreviations, lastChunk && end + 1 === chunk.length)) end++;
    splitWord(text, start + at, start + end, out);
    at = end;
  }
}

function keepsItsDot(word: string, abbreviations: ReadonlySet<string>, atTheEnd: boolean): boolean {
  if (abbreviations.has(`${word}.`)) return true;
  // An initial ("Rex W. Tillerson"), but not a lone capital that ends the text ("plan B.").
  return !atTheEnd && /^\p{Lu}$/u.test(word);
}

/** Splits clitics and fused forms off a word-like piece. */
function splitWord(text: string, start: number, end: number, out: TextToken[]): void {
  const word = text.slice(start, end);
  const fused = FUSED.exec(word);
  if (fused) {
    const first = (fused[1] ?? fused[3] ?? fused[5] ?? fused[7]).length;
    add(out, text, start, start + first);
    add(out, text, start + first, end);
    return;
  }
  if (word.length > 3 && NEGATION.test(word)) {
    add(out, text, start, end - 3);
    add(out, text, end - 3, end);
    return;
  }
  const clitic = CLITIC.exec(word);
  if (clitic && clitic.index > 0) {
    add(out, text, start, start + clitic.index);
    add(out, text, start + clitic.index, end);
    return;
  }
  add(out, text, start, end);
}

function add(out: TextToken[], text: string, start: number, end: number): void {
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}
