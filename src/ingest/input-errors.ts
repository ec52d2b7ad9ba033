// The one catalogue of reasons an input cannot be read as an article. Every message names the input,
// says what was wrong and what to do, so that `dyad extract` error lines and `dyad ingest` per-file
// messages read the same.

/** The most one article may weigh; anything larger is refused from its size alone, unread. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

const CATALOGUE = {
  not_found: { problem: "does not exist (no such file or folder)", fix: "Check the path." },
  not_a_file: {
    problem: "is not a regular file or folder",
    fix: "Pass a text or HTML file, a folder, or - for stdin.",
  },
  symlink_loop: {
    problem: "is a symbolic link that leads back to itself (a loop)",
    fix: "Point the link at a file or folder, or pass the target itself.",
  },
  unreadable: { problem: "could not be read", fix: "Check its permissions." },
  empty: { problem: "is empty", fix: "Pass a file with an article's text." },
  binary: { problem: "looks like a binary file, not text", fix: "Pass a UTF-8 text or HTML article." },
  invalid_utf8: { problem: "is not valid UTF-8", fix: "Save it as UTF-8 and try again." },
  too_large: {
    problem: `is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit for one article`,
    fix: "Pass one article per file.",
  },
  no_text: { problem: "has no article text", fix: "Pass a page or file that contains the article itself." },
  unsupported_language: {
    problem: "is not in English",
    fix: "dyad reads English articles only; pass an English version.",
  },
  bad_front_matter: {
    problem: "has unreadable YAML front matter",
    fix: "Fix the front matter between the two --- lines (title, published as YYYY, YYYY-MM or YYYY-MM-DD, source, url).",
  },
  empty_folder: {
    problem: "is a folder with no article files",
    fix: "Put .txt, .md, .text, .html or .htm files in it.",
  },
  bad_feed: {
    problem: "is not a readable RSS or Atom feed",
    fix: "Pass an RSS 2.0 or Atom feed (.xml, .rss, .atom) with <item> or <entry> elements.",
  },
  bad_json_line: {
    problem: "is not an article in JSON",
    fix: 'Write one JSON object per line with "text" or "html", and optionally "title", "published", "source", "url".',
  },
  html_too_complex: {
    problem: "is an HTML page too deeply nested or too large to extract its main text",
    fix: "Pass the article's own page, or its text as a .txt file.",
  },
  internal_error: { problem: "could not be processed because of an error in dyad", fix: "Please report it." },
} as const satisfies Record<string, { problem: string; fix: string }>;

export type InputErrorCode = keyof typeof CATALOGUE;

export const INPUT_ERROR_CODES = Object.keys(CATALOGUE) as InputErrorCode[];

export class InputError extends Error {
  readonly code: InputErrorCode;
  readonly input: string;

  /** `problem` replaces the catalogue's default wording with a more precise one ("is 20.0 MB, over …"). */
  constructor(code: InputErrorCode, input: string, problem?: string) {
    const entry = CATALOGUE[code];
    super(`${describeInput(input)} ${problem ?? entry.problem}. ${entry.fix}`);
    this.name = "InputError";
    this.code = code;
    this.input = input;
  }
}

function describeInput(input: string): string {
  return input === "-" ? "standard input" : JSON.stringify(input);
}
