// RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item or entry, labelled "feed.xml#3" (the third item),
// with the item's title, date and link and the feed's title as the source. The item's full content is used
// when the feed carries it (content:encoded, Atom content), else its description or summary.
import { XMLParser } from "fast-xml-parser";
import type { ReadArticle } from "./article.ts";
import { articleFromFields } from "./article-from-fields.ts";
import { InputError } from "./input-errors.ts";

export const FEED_EXTENSIONS = [".xml", ".rss", ".atom"];

const FEED_OPENING = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:rss|feed|rdf:RDF)\b/i;

/** Whether a text is a feed, by its root element. */
export function looksLikeFeed(text: string): boolean {
  return FEED_OPENING.test(text.slice(0, 4096));
}

interface FeedItem {
  title?: string | null;
  published?: string | null;
  url?: string | null;
  html?: string | null;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  // Items and links may appear once or many times; always arrays, so one item reads like many.
  isArray: (name) => ["item", "entry", "link"].includes(name),
  processEntities: true,
  htmlEntities: true,
});

/** The feed's articles, each read or an InputError; a feed that cannot be parsed is one InputError. */
export function readFeed(input: string, xml: string): (ReadArticle | InputError)[] {
  let tree: Record<string, unknown>;
  try {
    tree = parser.parse(xml, true) as Record<string, unknown>;
  } catch (error) {
    return [new InputError("bad_feed", input, `is not a readable RSS or Atom feed (${firstLine(error)})`)];
  }
  const feed = feedParts(tree);
  if (!feed) return [new InputError("bad_feed", input, "has no <rss>, <rdf:RDF> or <feed> element")];
  if (feed.items.length === 0) return [new InputError("bad_feed", input, "is a feed with no items")];
  return feed.items.map((item, index) => {
    const label = `${input}#${index + 1}`;
    try {
      return articleFromFields(label, { ...item, source: feed.title });
    } catch (error) {
      if (error instanceof InputError) return error;
      return new InputError(
        "internal_error",
        label,
        `could not be read because of an error in dyad (${firstLine(error)})`,
      );
    }
  });
}

function feedParts(tree: Record<string, unknown>): { title: string | null; items: FeedItem[] } | null {
  const rss = tree.rss as { channel?: Record<string, unknown> } | undefined;
  if (rss) {
    const channel = rss.channel ?? {};
    return { title: text(channel.title), items: asArray(channel.item).map(rssItem) };
  }
  const rdf = tree["rdf:RDF"] as Record<string, unknown> | undefined;
  if (rdf) {
    const channel = (rdf.channel ?? {}) as Record<string, unknown>;
    return { title: text(channel.title), items: asArray(rdf.item).map(rssItem) };
  }
  const atom = tree.feed as Record<string, unknown> | undefined;
  if (atom) return { title: text(atom.title), items: asArray(atom.entry).map(atomEntry) };
  return null;
}

function rssItem(item: Record<string, unknown>): FeedItem {
  return {
    title: text(item.title),
    published: text(item.pubDate) ?? text(item["dc:date"]),
    url: text(asArray(item.link)[0]),
    html: text(item["content:encoded"]) ?? text(item.description),
  };
}

function atomEntry(entry: Record<string, unknown>): FeedItem {
  const links = asArray(entry.link) as Record<string, unknown>[];
  const link = links.find((candidate) => (candidate["@rel"] ?? "alternate") === "alternate") ?? links[0];
  return {
    title: text(entry.title),
    published: text(entry.published) ?? text(entry.updated),
    url: link ? text(link["@href"]) : null,
    html: text(entry.content) ?? text(entry.summary),
  };
}

/** The text of an element: a string, a number, or an object with its text (attributes beside it). */
function text(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (typeof value === "object" && "#text" in value) return text((value as { "#text": unknown })["#text"]);
  return null;
}

function asArray(value: unknown): Record<string, unknown>[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Record<string, unknown>[];
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
