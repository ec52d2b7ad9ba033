// Seeded mutations of well-formed inputs (articles, pages, feeds, JSON Lines): the same seed gives the same
// cases, so a failure found by `npm run fuzz` is reproduced by its seed and case number.

/** mulberry32: a small, fast, seedable generator; fine for test inputs. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Pieces that broke readers before or sit at a format's edges: tags opened and never closed, inline tags
// first, entities, CDATA, front matter lines, percent signs, control and astral characters, quotes.
const PIECES = [
  "<",
  ">",
  "</",
  "<a>",
  "<b>",
  "<p>",
  "</p>",
  "<div>",
  "</div>",
  "<span>",
  "<br>",
  "<html>",
  "<body>",
  "</body>",
  "<script>",
  "</script>",
  "<!--",
  "-->",
  "<![CDATA[",
  "]]>",
  "&amp;",
  "&#0;",
  "&#x110000;",
  "&nbsp;",
  "\u0000",
  "\u0007",
  "\uFEFF",
  "\uD83D\uDE00",
  "\uD800",
  "\u202E",
  "---\n",
  "\n---\n",
  "published: 99999-99-99\n",
  "\n\n",
  "\r\n",
  "\t",
  '"',
  "'",
  "“",
  "”",
  "%",
  "%ZZ",
  "{",
  "}",
  "[",
  "]",
  ":",
  ",",
  ".",
  "...",
  "—",
  "-",
  "$",
  "Mr.",
  "U.S.",
  "Syria",
  "China",
  "Xi Jinping",
  "said",
  " aid to ",
  " visited ",
  "2023-09-22",
  "January 2022",
  "<item>",
  "</item>",
  "<entry>",
  '{"text":',
  '"html":',
  "null",
  "\\",
  "\\u0000",
];

export interface MutationOptions {
  /** How many edits a case gets at most. */
  maxEdits: number;
  /** Longest run or repetition an edit may insert, in characters. */
  maxRun: number;
}

export const DEFAULT_MUTATION: MutationOptions = { maxEdits: 8, maxRun: 4000 };

/** One mutated copy of `seed` text, its edits drawn from `random`. */
export function mutate(seedText: string, random: () => number, options = DEFAULT_MUTATION): string {
  let text = seedText;
  const edits = 1 + Math.floor(random() * options.maxEdits);
  const at = () => Math.floor(random() * (text.length + 1));
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  for (let i = 0; i < edits; i++) {
    const position = at();
    switch (Math.floor(random() * 8)) {
      case 0: // insert a piece
        text = text.slice(0, position) + pick(PIECES) + text.slice(position);
        break;
      case 1: {
        // delete a span
        const end = Math.min(text.length, position + Math.floor(random() * 200));
        text = text.slice(0, position) + text.slice(end);
        break;
      }
      case 2: {
        // duplicate a span
        const end = Math.min(text.length, position + Math.floor(random() * 300));
        text = text.slice(0, end) + text.slice(position, end) + text.slice(end);
        break;
      }
      case 3: {
        // a long run of one character or piece, without spaces
        const piece = pick(["a", "x", "$", "7", ".", "-", "<", "<b>", "<div>", "Xi ", "aid ", "'", "\n"]);
        const run = piece.repeat(Math.ceil((random() * options.maxRun) / piece.length));
        text = text.slice(0, position) + run + text.slice(position);
        break;
      }
      case 4: // truncate
        text = text.slice(0, position);
        break;
      case 5: {
        // swap two spans
        const other = at();
        const [a, b] = position < other ? [position, other] : [other, position];
        const middle = Math.floor((a + b) / 2);
        text = text.slice(0, a) + text.slice(middle, b) + text.slice(a, middle) + text.slice(b);
        break;
      }
      case 6: // replace one character with a random code unit
        text = text.slice(0, position) + String.fromCharCode(Math.floor(random() * 0x10000)) + text.slice(position + 1);
        break;
      default: // replace the case of a span
        text =
          text.slice(0, position) + text.slice(position, position + 100).toUpperCase() + text.slice(position + 100);
    }
  }
  return text;
}
