// A news page's main text: page furniture (navigation, cookie banners, share bars, sidebars, scripts) removed
// first, then @mozilla/readability picks the article, then its blocks become paragraphs.
import { Readability } from "@mozilla/readability";
import { blockParagraphs } from "./html-block-text.ts";

const FURNITURE_TAGS =
  "script, style, noscript, template, iframe, svg, canvas, form, button, input, select, textarea, nav, aside, footer, dialog";
const FURNITURE_ROLES =
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="dialog"], [role="alertdialog"], [role="search"], [role="menu"], [aria-hidden="true"], [hidden]';

// Parts of class or id names ("cookie-banner", "article_share", "most-read") that mark furniture.
const FURNITURE_NAME_PARTS = new Set([
  "ad",
  "ads",
  "advert",
  "advertisement",
  "breadcrumb",
  "breadcrumbs",
  "byline",
  "comment",
  "comments",
  "consent",
  "cookie",
  "cookies",
  "gdpr",
  "masthead",
  "menu",
  "modal",
  "nav",
  "navbar",
  "newsletter",
  "outbrain",
  "paywall",
  "popup",
  "promo",
  "related",
  "share",
  "sharing",
  "sidebar",
  "social",
  "sponsored",
  "subscribe",
  "subscription",
  "taboola",
  "trending",
]);
const FURNITURE_NAMES = new Set(["mostread", "most-read", "read-more", "skip-link", "site-header", "page-header"]);

const CONTAINER_TAGS = new Set(["html", "body", "main", "article"]);

/** Share of the page's text above which an element is the article itself, whatever its class says. */
const ARTICLE_SHARE = 0.5;
/** Link text share above which a fallback block is a list of links, not prose. */
const MAX_LINK_DENSITY = 0.5;

/** The page's article paragraphs in order (the headline not included); empty when the page has none. */
export function mainTextParagraphs(document: Document): string[] {
  removeFurniture(document);
  const article = new Readability<Node>(document, { charThreshold: 200, serializer: (node) => node }).parse();
  if (article?.content) {
    const paragraphs = blockParagraphs(article.content);
    if (paragraphs.length > 0) return paragraphs;
  }
  // Readability gives up on some short pages; what is left of the cleaned body, minus link lists, is the text.
  return document.body ? prose(document.body) : [];
}

function removeFurniture(document: Document): void {
  const bodyLength = document.body?.textContent?.length ?? 0;
  const doomed = [
    ...Array.from(document.querySelectorAll(FURNITURE_TAGS)),
    ...Array.from(document.querySelectorAll(FURNITURE_ROLES)),
    ...Array.from(document.querySelectorAll("[class], [id]")).filter(isFurnitureByName),
    // A page header holds the logo and menu; a header inside the article holds its headline, kept by the title.
    ...Array.from(document.querySelectorAll("header")).filter((header) => !header.closest("article")),
  ];
  for (const element of doomed) {
    const length = element.textContent?.length ?? 0;
    if (element.tagName.toLowerCase() !== "script" && bodyLength > 0 && length / bodyLength > ARTICLE_SHARE) {
      if (element.querySelectorAll("p").length >= 2) continue;
    }
    element.remove();
  }
}

function isFurnitureByName(element: Element): boolean {
  if (CONTAINER_TAGS.has(element.tagName.toLowerCase())) return false; // "<body class=has-sidebar>" is still the page
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`.toLowerCase();
  for (const name of names.split(/\s+/)) {
    if (name === "") continue;
    if (FURNITURE_NAMES.has(name)) return true;
    if (name.split(/[-_]+/).some((part) => FURNITURE_NAME_PARTS.has(part))) return true;
  }
  return false;
}

function prose(body: Element): string[] {
  const linkText = Array.from(body.querySelectorAll("a"))
    .map((link) => link.textContent ?? "")
    .join(" ");
  const linkWords = new Set(linkText.split(/\s+/).filter((word) => word !== ""));
  return blockParagraphs(body).filter((paragraph) => {
    const words = paragraph.split(/\s+/);
    const linked = words.filter((word) => linkWords.has(word)).length;
    return linked / words.length <= MAX_LINK_DENSITY;
  });
}
