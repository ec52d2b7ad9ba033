// Front matter as news files write it: one `field: value` line each, the value a plain text led by a letter, a
// quoted text, a year, a date, true, false or null. Read here without the YAML parser, which cost about as much
// as the rest of reading an article; anything else (other values, indentation, comments, repeated fields) is left
// to YAML. For the lines read here the fields are what YAML's core schema gives (front-matter-lines.test.ts).

const FIELD_LINE = /^([A-Za-z_][A-Za-z0-9_]*):[ ]+(.*?)[ ]*$/;
// No control characters, line or paragraph separators or byte-order marks anywhere: YAML has rules for those.
const DOUBLE_QUOTED = /^"([^"\\\p{Cc}\u2028\u2029\ufeff]*)"$/u;
const SINGLE_QUOTED = /^'([^'\p{Cc}\u2028\u2029\ufeff]*)'$/u;
/** Led by a letter (no YAML indicator, no number), no comment or nested mapping inside. */
const PLAIN_TEXT = /^[A-Za-z](?:[^#:\p{Cc}\u2028\u2029\ufeff]|:(?! |$))*$/u;
const YEAR = /^[0-9]{4}$/;
const DATE = /^[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?$/;
/** Words YAML's core schema reads as null or a boolean, not as text ("truncated: true"). */
const NOT_TEXT = new Map<string, boolean | null>([
  ...["null", "Null", "NULL", "~"].map((word) => [word, null] as const),
  ...["true", "True", "TRUE"].map((word) => [word, true] as const),
  ...["false", "False", "FALSE"].map((word) => [word, false] as const),
]);

type Value = string | number | boolean | null;

/** The fields of `yamlText` when every line is a simple `field: value` line, else undefined (read it as YAML). */
export function simpleFrontMatter(yamlText: string): Record<string, Value> | undefined {
  const fields: Record<string, Value> = {};
  for (const raw of yamlText.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line === "") continue;
    const match = FIELD_LINE.exec(line);
    if (!match || match[1] === "__proto__" || Object.hasOwn(fields, match[1])) return undefined;
    const value = fieldValue(match[2]);
    if (value === undefined) return undefined;
    fields[match[1]] = value;
  }
  return fields;
}

function fieldValue(written: string): Value | undefined {
  const quoted = DOUBLE_QUOTED.exec(written) ?? SINGLE_QUOTED.exec(written);
  if (quoted) return quoted[1];
  const word = NOT_TEXT.get(written);
  if (word !== undefined) return word;
  if (YEAR.test(written)) return Number(written);
  if (DATE.test(written)) return written;
  if (PLAIN_TEXT.test(written)) return written;
  return undefined;
}
