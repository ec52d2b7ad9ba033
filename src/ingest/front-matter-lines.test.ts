import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { simpleFrontMatter } from "./front-matter-lines.ts";

// Each row: front matter text, and whether it is read without YAML. Whatever is read must be what YAML gives.
const ROWS: [string, boolean][] = [
  [
    'title: "Saudi King Signs Energy Deal"\npublished: 2006-01\nsource: Voice of America\nurl: https://example.org/a\n',
    true,
  ],
  ["published: 2006\n", true],
  ["published: 0123\n", true],
  ["published: 2017-06-05\n", true],
  ["published: 2017-13-45\n", true],
  ["title: A\r\nsource: B\r\n", true],
  ["", true],
  ["\n\ntitle: A\n\n", true],
  ["title: A   \n", true],
  ["title:    spaced out\n", true],
  ["title: It's a deal, [again] {twice} & more!\n", true],
  ["title: 'Single quoted: yes'\n", true],
  ['title: "Double quoted: # not a comment"\n', true],
  ["url: https://example.org/a?b=c&d=e\n", true],
  ["title: a:b\n", true],
  ["title: Ünïcode is fine in the middle: Zoë\n", false],
  ["title: Zoë Smith\n", true],
  ["title: null\n", true],
  ["truncated: true\nedited: True\nfixed: FALSE\n", true],
  ["title: yes\n", true],
  ["title: nullable\n", true],
  ["title: a: b\n", false],
  ["title: ends with colon:\n", false],
  ["title: x # comment\n", false],
  ["title: x#y\n", false],
  ["title: 'It''s'\n", false],
  ['title: "tab\\tescape"\n', false],
  ["title: A\ntitle: B\n", false],
  ["title: A\n  continued\n", false],
  ["title:\n", false],
  ["title:\tA\n", false],
  ["__proto__: x\n", false],
  ["# comment\ntitle: A\n", false],
  ["title: 1984\n", true],
  ["title: 12345\n", false],
  ["title: -5\n", false],
  ["title: .inf\n", false],
  ["title: ~\n", true],
  ["title: [a, b]\n", false],
  ["title: 'a' b\n", false],
  ["- a\n- b\n", false],
  ["title: a\u2028b\n", false],
  ["title: a\u0085b\n", false],
  ["title: a\u0001b\n", false],
];

describe("simpleFrontMatter", () => {
  it.each(ROWS)("%j read without YAML: %s, as YAML reads it", (text, simple) => {
    const fields = simpleFrontMatter(text);
    expect(fields !== undefined).toBe(simple);
    if (fields !== undefined) expect(fields).toEqual(parseYaml(text) ?? {});
  });
});
