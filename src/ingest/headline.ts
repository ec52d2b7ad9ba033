// The headline of a plain-text article without front matter: its first line, when that line reads as a
// headline (short, no closing full stop) and a blank line or a byline follows it.

const MAX_HEADLINE_LENGTH = 160;

export function headlineOf(text: string, bodyStart: number): string | null {
  const body = text.slice(bodyStart).replace(/^\s+/, "");
  const [first = "", ...rest] = body.split("\n");
  const line = first.trim();
  if (!line || line.length > MAX_HEADLINE_LENGTH || /[.:;,]$/.test(line)) return null;
  if (line.split(/\s+/).length < 3 || !/^\p{Lu}|^["“‘']/u.test(line)) return null;
  const next = rest[0]?.trim() ?? "";
  if (next !== "" && !/^by\s+\p{Lu}/iu.test(next)) return null;
  return line;
}
