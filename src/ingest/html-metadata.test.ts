import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { type HtmlMetadata, pageDate, readHtmlMetadata } from "./html-metadata.ts";

const metadataOf = (head: string, body = "") => {
  const { document } = parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  return readHtmlMetadata(document as unknown as Document);
};

describe("readHtmlMetadata", () => {
  it.each<[string, string, string, Partial<HtmlMetadata>]>([
    [
      "og:title wins over <title>",
      '<title>T | Site</title><meta property="og:title" content="OG headline">',
      "<h1>H1</h1>",
      { title: "OG headline" },
    ],
    ["h1 before <title>", "<title>T | Site</title>", "<h1>The  headline</h1>", { title: "The headline" }],
    [
      "<title> minus ' | Site name'",
      "<title>Leaders meet in Geneva | World News</title>",
      "",
      { title: "Leaders meet in Geneva" },
    ],
    [
      "<title> minus ' - Site' when the page names its site",
      '<title>Leaders meet - World News</title><meta property="og:site_name" content="World News">',
      "",
      { title: "Leaders meet", source: "World News" },
    ],
    [
      "a dash in a title without a site name stays",
      "<title>Iran – IAEA talks resume</title>",
      "",
      { title: "Iran – IAEA talks resume" },
    ],
    ["no title at all", "", "<p>text</p>", { title: null }],
    [
      "article:published_time cut to the day",
      '<meta property="article:published_time" content="2023-09-22T23:30:00-05:00">',
      "",
      { published: "2023-09-22" },
    ],
    [
      "a month-precise timestamp stays a month",
      '<meta property="article:published_time" content="2006-01T09:30:00Z">',
      "",
      { published: "2006-01" },
    ],
    ["og:published_time", '<meta property="og:published_time" content="2020-08-13">', "", { published: "2020-08-13" }],
    [
      "JSON-LD datePublished inside @graph",
      '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2019-10-22T10:00:00Z"}]}</script>',
      "",
      { published: "2019-10-22" },
    ],
    [
      "broken JSON-LD is ignored",
      '<script type="application/ld+json">{oops</script><meta name="date" content="2018-01-30">',
      "",
      { published: "2018-01-30" },
    ],
    ['name="date"', '<meta name="date" content="2017-06-05">', "", { published: "2017-06-05" }],
    ["DC.date, any case", '<meta name="DC.Date" content="2010-07-08">', "", { published: "2010-07-08" }],
    [
      'itemprop="datePublished"',
      '<meta itemprop="datePublished" content="2007-11-28">',
      "",
      { published: "2007-11-28" },
    ],
    [
      "<time datetime>",
      "",
      '<article><time datetime="2024-06-05T12:00">June 5</time></article>',
      { published: "2024-06-05" },
    ],
    [
      "an RFC 2822 date",
      '<meta name="pubdate" content="Fri, 22 Sep 2023 10:00:00 GMT">',
      "",
      { published: "2023-09-22" },
    ],
    ["no date anywhere", "<title>x</title>", "<p>text</p>", { published: null }],
    ["og:url", '<meta property="og:url" content="https://a.example/x">', "", { url: "https://a.example/x" }],
    ["canonical link", '<link rel="canonical" href="https://a.example/y">', "", { url: "https://a.example/y" }],
  ])("%s", (_name, head, body, expected) => {
    expect(metadataOf(head, body)).toMatchObject(expected);
  });
});

describe("pageDate", () => {
  it.each([
    ["2023-09-22T10:00:00Z", "2023-09-22"],
    ["September 22, 2023", "2023-09-22"],
    ["September 2023", "2023-09"],
    ["yesterday", null],
    ["not a date", null],
  ])("%j → %j", (value, expected) => {
    expect(pageDate(value)).toBe(expected);
  });
});
