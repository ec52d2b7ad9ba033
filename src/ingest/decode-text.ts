// Bytes to text, refusing what is not an article's UTF-8 text: too large, empty, binary, UTF-16, invalid UTF-8.
import { InputError, MAX_INPUT_BYTES } from "./input-errors.ts";

/** How much of the head is sampled for control characters: binary formats show themselves early. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control characters above which a file without NUL bytes still counts as binary. */
const MAX_CONTROL_SHARE = 0.1;

const strictDecoder = new TextDecoder("utf-8", { fatal: true });
const lenientDecoder = new TextDecoder("utf-8");

export function decodeText(input: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError(
      "too_large",
      input,
      `is ${formatMegabytes(bytes.length)}, over the 5 MB limit for one article`,
    );
  }
  if (bytes.length === 0) throw new InputError("empty", input);
  if (startsWithUtf16Mark(bytes)) {
    throw new InputError("invalid_utf8", input, "is UTF-16 text (it opens with a UTF-16 byte order mark), not UTF-8");
  }
  if (bytes.indexOf(0) !== -1)
    throw new InputError("binary", input, "looks like a binary file (it contains NUL bytes)");
  if (controlShare(bytes.subarray(0, SAMPLE_BYTES)) > MAX_CONTROL_SHARE) {
    throw new InputError("binary", input, "looks like a binary file (many control characters)");
  }
  let text: string;
  try {
    text = strictDecoder.decode(bytes); // a leading BOM is dropped (ignoreBOM defaults to false)
  } catch {
    throw new InputError("invalid_utf8", input, `is not valid UTF-8 (${describeFirstInvalidByte(bytes)})`);
  }
  if (text.trim() === "") throw new InputError("empty", input, "has only whitespace");
  return text;
}

export function formatMegabytes(byteCount: number): string {
  return `${(byteCount / 1024 / 1024).toFixed(1)} MB`;
}

function startsWithUtf16Mark(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
}

function controlShare(sample: Uint8Array): number {
  let controls = 0;
  for (const byte of sample) {
    // Tab, line feed, form feed and carriage return are ordinary in text; ESC appears in terminal captures.
    if (
      (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) ||
      byte === 0x7f
    )
      controls++;
  }
  return sample.length === 0 ? 0 : controls / sample.length;
}

/** Where the first undecodable byte is, so the user can find it: "byte 1234, line 5". */
function describeFirstInvalidByte(bytes: Uint8Array): string {
  const lenient = lenientDecoder.decode(bytes);
  const bomLength = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // dropped by the decoder
  let searchFrom = 0;
  for (;;) {
    const index = lenient.indexOf("\uFFFD", searchFrom);
    if (index === -1) return "an invalid byte sequence";
    const prefix = lenient.slice(0, index);
    const byteOffset = bomLength + Buffer.byteLength(prefix, "utf8");
    // A replacement character that the file itself holds (EF BF BD) is valid; look further.
    if (bytes[byteOffset] === 0xef && bytes[byteOffset + 1] === 0xbf && bytes[byteOffset + 2] === 0xbd) {
      searchFrom = index + 1;
      continue;
    }
    const line = prefix.split("\n").length;
    return `first bad byte 0x${bytes[byteOffset].toString(16).padStart(2, "0")} at byte ${byteOffset}, line ${line}`;
  }
}
