import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contentHash } from "./content-hash.ts";
import { InputError, type InputErrorCode } from "./input-errors.ts";
import { readArticle } from "./read-article.ts";

const FIXTURES = fileURLToPath(new URL("../../test/fixtures/", import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);

const BODY =
  "Leaders agree on trade\n\nGENEVA – The foreign ministers of the two countries met in Geneva on Tuesday and agreed to resume talks on a trade agreement, officials said after the meeting.\n";
const FRONT_MATTER =
  '---\ntitle: "Leaders agree on trade"\npublished: 2021-03\nsource: Example Wire\nurl: https://wire.example/1\n---\n';
const FRENCH =
  "Le président chinois a reçu mardi son homologue syrien à Hangzhou, où les deux dirigeants ont annoncé l'établissement d'un partenariat stratégique. Selon le ministère des Affaires étrangères, plusieurs accords ont été signés.";

describe("readArticle", () => {
  it("reads a text file with front matter; offsets point into the whole file", () => {
    const text = FRONT_MATTER + BODY;
    const article = readArticle("a.txt", utf8(text));
    expect(article).toMatchObject({
      input: "a.txt",
      text,
      bodyStart: FRONT_MATTER.length,
      format: "text",
      title: "Leaders agree on trade",
      published: "2021-03",
      source: "Example Wire",
      url: "https://wire.example/1",
      language: "en",
      contentHash: contentHash(BODY),
    });
    expect(article.dateline).toMatchObject({ place: "Geneva", date: null });
    expect(text.slice(article.dateline?.start, article.dateline?.end)).toBe("GENEVA –");
  });

  it("gives the same hash to the same body with or without front matter", () => {
    expect(readArticle("a.txt", utf8(FRONT_MATTER + BODY)).contentHash).toBe(
      readArticle("b.txt", utf8(BODY.replace(/\n/g, "\r\n"))).contentHash,
    );
  });

  it("takes the publication date from the dateline when nothing else gives it", () => {
    const article = readArticle("km.txt", readFileSync(`${FIXTURES}articles/hangzhou-dateline.txt`));
    expect(article).toMatchObject({
      title: "Kazakhstan and Mongolia announce a strategic partnership",
      published: "2023-09-23",
      bodyStart: 0,
      language: "en",
    });
    expect(article.dateline).toMatchObject({ place: "Hangzhou", date: "2023-09-23" });
  });

  it("prefers the front matter's date to the dateline's", () => {
    const text =
      "---\npublished: 2023-09-24\n---\n23rd September 2023 – (Hangzhou) Chinese President Xi Jinping and Syrian President Bashar al-Assad announced a partnership.";
    expect(readArticle("a.txt", utf8(text)).published).toBe("2023-09-24");
  });

  it("drops a byte order mark before the front matter", () => {
    const article = readArticle("a.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(FRONT_MATTER + BODY)]));
    expect(article.title).toBe("Leaders agree on trade");
    expect(article.text.startsWith("---")).toBe(true);
  });

  it("reads an HTML page as its main text, whatever the file is called", () => {
    const html = readFileSync(`${FIXTURES}html/government-readout.html`);
    const article = readArticle("page.txt", html);
    expect(article).toMatchObject({ format: "html", bodyStart: 0, published: "2024-06-05", language: "en" });
    expect(article.text.startsWith("Telephone conversation with the President of Ghana\n\nJune 5, 2024\n\n")).toBe(
      true,
    );
    expect(article.dateline).toMatchObject({ place: null, date: "2024-06-05" });
  });

  it("leaves the language null when the text is too short to tell", () => {
    expect(readArticle("a.txt", utf8("Talks resume.")).language).toBeNull();
  });

  it.each<[string, Uint8Array, InputErrorCode, RegExp]>([
    ["front matter only", utf8("---\ntitle: A\n---\n\n  \n"), "no_text", /no article text/],
    ["a French article", utf8(FRENCH), "unsupported_language", /French \(fr\)/],
    [
      "a French article under English front matter",
      utf8(`---\ntitle: Xi meets Assad\n---\n${FRENCH}`),
      "unsupported_language",
      /French/,
    ],
    [
      "an HTML page without text",
      utf8("<!doctype html><html><body><nav><a href='/'>Home</a></nav></body></html>"),
      "no_text",
      /HTML page/,
    ],
    ["a bad published date", utf8("---\npublished: last week\n---\nBody."), "bad_front_matter", /"published"/],
    ["an empty file", new Uint8Array(0), "empty", /is empty/],
    ["a binary file", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), "binary", /binary/],
    ["invalid UTF-8", new Uint8Array([0x61, 0xc0, 0xaf]), "invalid_utf8", /UTF-8/],
  ])("refuses %s", (_name, bytes, code, message) => {
    let thrown: unknown;
    try {
      readArticle("in.txt", bytes);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).code).toBe(code);
    expect((thrown as InputError).message).toMatch(message);
    expect((thrown as InputError).message).toContain('"in.txt"');
  });
});
