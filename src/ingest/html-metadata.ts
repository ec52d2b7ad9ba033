// What a news page says about itself in its head: title, publication date, site name, canonical address.
// Only the English parser: the package's main entry loads all its languages' parsers (some 14 MB a thread).
import * as chrono from "chrono-node/en";
import { isoDateFromParts, isoDateFromString } from "../record/iso-date.ts";
import type { IsoDate } from "../record/record.ts";

export interface HtmlMetadata {
  title: string | null;
  published: IsoDate | null;
  source: string | null;
  url: string | null;
}

// Meta tags that carry the publication date, most specific first (Open Graph, schema.org, Dublin Core, CMS tags).
const DATE_META_KEYS = [
  "article:published_time",
  "og:published_time",
  "og:article:published_time",
  "datepublished",
  "date",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "publication_date",
  "dc.date.issued",
  "dc.date",
  "dcterms.issued",
  "dcterms.date",
  "dcterms.created",
  "sailthru.date",
  "parsely-pub-date",
  "article.published",
  "original-publish-date",
];

/** Reads the page's metadata. Call before anything mutates the document. */
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const meta = metaTags(document);
  const jsonLd = jsonLdObjects(document);
  const siteName = clean(meta.get("og:site_name") ?? meta.get("application-name"));
  return {
    title: pageTitle(document, meta, jsonLd, siteName),
    published: publicationDate(document, meta, jsonLd),
    source: siteName,
    url: clean(meta.get("og:url") ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href")),
  };
}

/** Cuts a date as pages write it ("2023-09-22T10:00:00Z", "Fri, 22 Sep 2023 …") to the day, keeping a coarser precision. */
export function pageDate(value: string): IsoDate | null {
  const iso = isoDateFromString(value);
  if (iso) return iso;
  const [result] = chrono.parse(value); // the casual parser also reads "September 2023"; a year is still required
  // A relative word ("yesterday") has a year only relative to today: a page date must write its year.
  if (!result || !/\d{4}/.test(result.text)) return null;
  const { start } = result;
  if (!start.isCertain("month")) return isoDateFromParts(start.get("year") ?? 0);
  if (!start.isCertain("day")) return isoDateFromParts(start.get("year") ?? 0, start.get("month") ?? 1);
  return isoDateFromParts(start.get("year") ?? 0, start.get("month") ?? 1, start.get("day") ?? 1);
}

function pageTitle(document: Document, meta: Map<string, string>, jsonLd: object[], siteName: string | null) {
  const candidates = [
    meta.get("og:title"),
    meta.get("twitter:title"),
    firstString(jsonLd, "headline"),
    document.querySelector("h1")?.textContent,
  ];
  for (const candidate of candidates) {
    const title = clean(candidate);
    if (title) return title;
  }
  const documentTitle = clean(document.querySelector("title")?.textContent);
  return documentTitle ? withoutSiteName(documentTitle, siteName) : null;
}

/** "Headline | Site name" → "Headline"; "Headline - Site" only when the page names its site. */
function withoutSiteName(title: string, siteName: string | null): string {
  const piped = title.split(/\s+[|·»]\s+/);
  if (piped.length > 1 && piped[0].trim() !== "") return piped[0].trim();
  if (siteName) {
    const dashed = title.split(/\s+[-–—:]\s+/);
    if (dashed.length > 1 && dashed.at(-1)?.trim().toLowerCase() === siteName.toLowerCase()) {
      return dashed.slice(0, -1).join(" - ").trim();
    }
  }
  return title;
}

function publicationDate(document: Document, meta: Map<string, string>, jsonLd: object[]): IsoDate | null {
  const candidates: (string | null | undefined)[] = [
    ...DATE_META_KEYS.slice(0, 3).map((key) => meta.get(key)),
    firstString(jsonLd, "datePublished"),
    ...DATE_META_KEYS.slice(3).map((key) => meta.get(key)),
    document.querySelector("time[pubdate]")?.getAttribute("datetime"),
    document.querySelector('[itemprop="datePublished"]')?.getAttribute("datetime"),
    document.querySelector("article time[datetime]")?.getAttribute("datetime"),
    document.querySelector("time[datetime]")?.getAttribute("datetime"),
  ];
  for (const candidate of candidates) {
    const date = candidate ? pageDate(candidate) : null;
    if (date) return date;
  }
  return null;
}

/** Meta tags by lower-cased property, name or itemprop; the first of each wins. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll("meta"))) {
    const content = element.getAttribute("content");
    if (content === null) continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

function jsonLdObjects(document: Document): object[] {
  const objects: object[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      objects.push(value);
      const graph = (value as Record<string, unknown>)["@graph"];
      if (graph) collect(graph);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ""));
    } catch {
      // A page's broken JSON-LD is its own business; the other date sources still apply.
    }
  }
  return objects;
}

function firstString(objects: object[], key: string): string | null {
  for (const object of objects) {
    const value = (object as Record<string, unknown>)[key];
    if (typeof value === "string" && value.trim() !== "") return value;
  }
  return null;
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}
