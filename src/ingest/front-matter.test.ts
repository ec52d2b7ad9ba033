import { describe, expect, it } from "vitest";
import { readFrontMatter } from "./front-matter.ts";
import { InputError } from "./input-errors.ts";

describe("readFrontMatter", () => {
  it.each([
    [
      "all four fields",
      '---\ntitle: "Saudi King Signs Energy Deal"\npublished: 2006-01\nsource: Voice of America\nurl: https://example.org/a\n---\nBody.',
      {
        title: "Saudi King Signs Energy Deal",
        published: "2006-01",
        source: "Voice of America",
        url: "https://example.org/a",
      },
    ],
    ["a year alone (YAML reads a number)", "---\npublished: 2006\n---\nBody.", { published: "2006" }],
    ["a full day", "---\npublished: 2017-06-05\n---\nBody.", { published: "2017-06-05" }],
    [
      "a timestamp is cut to the day",
      "---\npublished: 2023-09-22T18:30:00+08:00\n---\nBody.",
      { published: "2023-09-22" },
    ],
    ["a quoted timestamp", '---\npublished: "2023-09-22 18:30"\n---\nBody.', { published: "2023-09-22" }],
    ["an empty published", "---\ntitle: A\npublished:\n---\nBody.", { title: "A", published: null }],
    ["extra fields are ignored", "---\ntitle: A\nlicence: CC BY 4.0\ntruncated: yes\n---\nBody.", { title: "A" }],
    ["a numeric title is text", "---\ntitle: 1984\n---\nBody.", { title: "1984" }],
    ["CRLF line ends", "---\r\ntitle: A\r\n---\r\nBody.", { title: "A" }],
    ["empty front matter", "---\n---\nBody.", { title: null, published: null }],
  ])("reads %s", (_name, text, expected) => {
    const frontMatter = readFrontMatter("a.txt", text);
    expect(frontMatter).toMatchObject(expected);
    expect(text.slice(frontMatter?.bodyStart)).toBe("Body.");
  });

  it.each([
    ["text without front matter", "Headline\n\nBody."],
    ["a --- line that is not the first", "Headline\n---\ntitle: x\n---\n"],
  ])("finds none in %s", (_name, text) => {
    expect(readFrontMatter("a.txt", text)).toBeNull();
  });

  it("puts bodyStart at the end of the text when nothing follows the closing line", () => {
    const text = "---\ntitle: A\n---";
    expect(readFrontMatter("a.txt", text)?.bodyStart).toBe(text.length);
  });

  it.each([
    ["a month name", "---\npublished: September 2023\n---\nBody.", /"published".*"September 2023"/],
    ["a slashed date", "---\npublished: 22/09/2023\n---\nBody.", /"published"/],
    ["an impossible day", "---\npublished: 2023-02-30\n---\nBody.", /"published"/],
    ["a list as title", "---\ntitle: [a, b]\n---\nBody.", /"title"/],
    ["invalid YAML", '---\ntitle: "unclosed\n---\nBody.', /not valid YAML/],
    ["a list instead of fields", "---\n- a\n- b\n---\nBody.", /field: value/],
    ["no closing line", "---\ntitle: A\nBody.", /no closing ---/],
  ])("refuses %s", (_name, text, message) => {
    expect(() => readFrontMatter("a.txt", text)).toThrow(InputError);
    expect(() => readFrontMatter("a.txt", text)).toThrow(message);
    try {
      readFrontMatter("a.txt", text);
    } catch (error) {
      expect((error as InputError).code).toBe("bad_front_matter");
    }
  });
});
