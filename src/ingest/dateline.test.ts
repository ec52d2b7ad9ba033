import { describe, expect, it } from "vitest";
import { findDateline } from "./dateline.ts";

type Expected = { place: string | null; region?: string | null; date: string | null; span: string } | null;

// [name, text, publication date known beforehand, expected dateline (span = the dateline's exact slice)]
const CASES: [string, string, string | null, Expected][] = [
  [
    "date first, place in brackets, after headline and caption",
    "Xi, Assad announce China-Syria strategic partnership\n\nSyrian President Bashar al-Assad (left) and President Xi (right). Picture credit: Xinhua\n\n23rd September 2023 – (Hangzhou) Chinese President Xi Jinping and Syrian President Bashar al-Assad have jointly announced a partnership.",
    null,
    { place: "Hangzhou", date: "2023-09-23", span: "23rd September 2023 – (Hangzhou)" },
  ],
  [
    "CAPS place, en dash",
    "WASHINGTON – The State Department on Monday announced new measures against the group.",
    null,
    { place: "Washington", date: null, span: "WASHINGTON –" },
  ],
  [
    "Title-case place after a headline",
    "Treasury Sanctions Chinese Entity\n\nWashington – Today, the U.S. Department of the Treasury sanctioned one Chinese government entity and four officials.",
    "2020-07-09",
    { place: "Washington", date: null, span: "Washington –" },
  ],
  [
    "agency dateline with a date without year",
    "BEIJING, Sept. 22 (Xinhua) -- Chinese President Xi Jinping met with Syrian President Bashar al-Assad on Friday.",
    "2023-09-23",
    { place: "Beijing", date: "2023-09-22", span: "BEIJING, Sept. 22 (Xinhua) --" },
  ],
  [
    "date without year and no publication date: no date",
    "BEIJING, Sept. 22 (Xinhua) -- Chinese President Xi Jinping met with Syrian President Bashar al-Assad on Friday.",
    null,
    { place: "Beijing", date: null, span: "BEIJING, Sept. 22 (Xinhua) --" },
  ],
  [
    "a year-less date takes the year that puts it on or before publication",
    "LONDON, Dec. 31 (Reuters) - Britain said on Sunday it would send two more warships to the Red Sea next month.",
    "2024-01-02",
    { place: "London", date: "2023-12-31", span: "LONDON, Dec. 31 (Reuters) -" },
  ],
  [
    "a year-less day-month date",
    "LONDON, 5 June (Reuters) - Britain said on Wednesday it would send two more warships to the Red Sea next month.",
    "2024-01-10",
    { place: "London", date: "2023-06-05", span: "LONDON, 5 June (Reuters) -" },
  ],
  [
    "agency dateline with a country",
    "KYIV, Ukraine (AP) — Ukraine and Poland agreed on Tuesday to open a new border crossing for grain trucks.",
    null,
    { place: "Kyiv", region: "Ukraine", date: null, span: "KYIV, Ukraine (AP) —" },
  ],
  [
    "two CAPS bureaus joined by 'and': the first is the place, both lie in the span",
    "ISLAMABAD and LONDON -- Pakistan carried out missile strikes on targets inside Afghanistan early on Monday.",
    null,
    { place: "Islamabad", date: null, span: "ISLAMABAD and LONDON --" },
  ],
  [
    "a long dash without spaces",
    "WASHINGTON—The United States imposed new sanctions on Tuesday on three companies accused of supplying drones.",
    null,
    { place: "Washington", date: null, span: "WASHINGTON—" },
  ],
  [
    "place with a full date",
    "Beijing, 22 September 2023 — Chinese President Xi Jinping met Syrian President Bashar al-Assad on Friday.",
    null,
    { place: "Beijing", date: "2023-09-22", span: "Beijing, 22 September 2023 —" },
  ],
  [
    "no place: an agency alone",
    "(CNN) — Officials from the two countries met on Tuesday and agreed to resume talks on trade.",
    null,
    null,
  ],
  [
    "a title and name are not a place",
    "U.S. President Joe Biden – who arrived on Tuesday – met his counterpart for two hours in the capital.",
    null,
    null,
  ],
  [
    "Reuters dateline with a spaced hyphen",
    "MOSCOW (Reuters) - Russia said on Tuesday it would expel ten diplomats in response.",
    null,
    { place: "Moscow", date: null, span: "MOSCOW (Reuters) -" },
  ],
  [
    "two-word CAPS place with a colon",
    "NEW DELHI: India and Australia on Thursday upgraded their ties to a comprehensive strategic partnership.",
    null,
    { place: "New Delhi", date: null, span: "NEW DELHI:" },
  ],
  [
    "place with country, em dash",
    "Hangzhou, China — Chinese President Xi Jinping met Syrian President Bashar al-Assad on Friday in the city.",
    null,
    { place: "Hangzhou", region: "China", date: null, span: "Hangzhou, China —" },
  ],
  [
    "place line then date line, after office lines",
    "Press Releases: Joint Statement of the Inaugural United States-Qatar Strategic Dialogue\n\n\nMedia Note\n\nOffice of the Spokesperson\n\nWashington, DC\n\nJanuary 30, 2018\n\n\nThe governments of the State of Qatar and the United States held the inaugural Strategic Dialogue.",
    null,
    { place: "Washington", region: "DC", date: "2018-01-30", span: "Washington, DC\n\nJanuary 30, 2018" },
  ],
  [
    "date alone on a line under the headline",
    "Telephone conversation with Prime Minister of India Narendra Modi\n\nJune 5, 2024\n\nVladimir Putin had a telephone conversation with Prime Minister of the Republic of India Narendra Modi.",
    null,
    { place: null, date: "2024-06-05", span: "June 5, 2024" },
  ],
  [
    "day-first date with a comma",
    "Arab Nations Cut Ties with Qatar\n\n05 June, 2017\n\nSaudi Arabia, Egypt and several Arab nations have ended diplomatic relations with their Gulf neighbor, Qatar.",
    null,
    { place: null, date: "2017-06-05", span: "05 June, 2017" },
  ],
  [
    "date and time under a byline",
    "Trump Announces UAE to Open Diplomatic Ties with Israel\n\nBy VOA News\nAugust 13, 2020 12:13 PM\nPresident Donald Trump announced a peace deal between Israel and the United Arab Emirates",
    null,
    { place: null, date: "2020-08-13", span: "August 13, 2020 12:13 PM" },
  ],
  [
    "month-only date line keeps its precision",
    "Quarterly review\n\nMarch 2023\n\nThe ministers met to review the progress of the agreement signed last year.",
    null,
    { place: null, date: "2023-03", span: "March 2023" },
  ],
  [
    "byline then dateline opening the first paragraph",
    "Saudi King Visits China\nBy Luis Ramirez\n\nBEIJING – King Abdullah's three-day visit is the first to China by a Saudi ruler since 1990.",
    null,
    { place: "Beijing", date: null, span: "BEIJING –" },
  ],
  [
    "a page's date line, a caption, then the place dateline: the place wins and keeps the date",
    "Brazil and Argentina sign a trade accord\n\n15 March 2024\n\nThe two presidents shake hands in Brasília on Thursday.\n\nBRASÍLIA – Brazil and Argentina signed a trade accord on Thursday that removes tariffs on steel.",
    null,
    { place: "Brasília", date: "2024-03-15", span: "BRASÍLIA –" },
  ],
  [
    "no dateline: headline, byline, paragraph",
    "Saudi King Signs Energy Deal With China\nBy Luis Ramirez\n\nKing Abdullah's three-day visit is the first to China by a Saudi ruler since the two countries established diplomatic relations in 1990.",
    null,
    null,
  ],
  [
    "headline with a dash is not a dateline",
    "Ukraine – the long winter ahead\n\nThe war enters its third year with no sign of talks between the two sides.",
    null,
    null,
  ],
  [
    "CAPS headline word with a dash is not a dateline",
    "UPDATE – Talks resume in Geneva between the two delegations on Tuesday morning.",
    null,
    null,
  ],
  [
    "a wire tag with a colon is not a dateline",
    "ROUNDUP: Leaders agree on a new trade pact at the summit in Lima on Friday.",
    null,
    null,
  ],
  [
    "a numbered wire tag before a headline is not a dateline",
    "UPDATE 2-Russia says it will expel British diplomats\n\nRussia said on Tuesday it would expel British diplomats in response.",
    null,
    null,
  ],
  [
    "the dateline after a wire tag, the tag in its span",
    "UPDATE 2-MOSCOW, Jan 23 (Reuters) - Russia said on Tuesday it would expel British diplomats.",
    "2024-01-24",
    { place: "Moscow", date: "2024-01-23", span: "UPDATE 2-MOSCOW, Jan 23 (Reuters) -" },
  ],
  [
    "the dateline after two wire tags",
    "REFILE-ROUNDUP: BEIJING, May 3 (Xinhua) -- China and Brazil signed a trade deal on Friday.",
    "2024-05-04",
    { place: "Beijing", date: "2024-05-03", span: "REFILE-ROUNDUP: BEIJING, May 3 (Xinhua) --" },
  ],
  [
    "headline with a date is not a date line",
    "June 5, 2024 elections in review\n\nThe elections returned the ruling party with a reduced majority, observers said.",
    null,
    null,
  ],
  [
    "a date after the first paragraph is not a dateline",
    "The ministers met in Geneva on Tuesday and agreed on a framework for future talks between the two sides.\n\nJune 5, 2024\n\nMore text.",
    null,
    null,
  ],
  [
    "caption ending with a date is not a dateline",
    "The step pyramids of Saqqara, believed to be the world's oldest carved stone structures, 8 Jul 2010\n\nEgyptian archaeologists are searching for tombs.",
    null,
    null,
  ],
  [
    "date first on a long paragraph: chrono reads its head",
    `June 5, 2024 – The two foreign ministers met in the capital and agreed to open talks on a new trade framework. ${"They also discussed shipping routes, fishing rights and the exchange of students between their universities. ".repeat(4)}`,
    null,
    { place: null, date: "2024-06-05", span: "June 5, 2024 –" },
  ],
  [
    "a long paragraph with its first date far from its start has no dateline",
    `The two foreign ministers met in the capital and agreed to open talks on a new trade framework. ${"They also discussed shipping routes, fishing rights and the exchange of students. ".repeat(4)}They meet again on June 5, 2024.`,
    null,
    null,
  ],
];

describe("findDateline", () => {
  it.each(CASES)("%s", (_name, text, published, expected) => {
    const found = findDateline(text, 0, published);
    if (expected === null) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    if (!found) return;
    expect({ place: found.place, date: found.date, span: text.slice(found.start, found.end) }).toEqual({
      place: expected.place,
      date: expected.date,
      span: expected.span,
    });
    if (expected.region !== undefined) expect(found.region).toBe(expected.region);
  });

  it("looks only after bodyStart, and offsets are into the whole text", () => {
    const frontMatter = "---\ntitle: WASHINGTON – a test\n---\n";
    const text = `${frontMatter}WASHINGTON – The State Department on Monday announced new measures against the group.`;
    const found = findDateline(text, frontMatter.length, null);
    expect(found?.start).toBe(frontMatter.length);
    expect(text.slice(found?.start, found?.end)).toBe("WASHINGTON –");
  });
});
