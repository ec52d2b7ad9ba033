// Dates at the precision the text gives, relative to the article's date.
import { describe, expect, it } from "vitest";
import { readArticle } from "../ingest/read-article.ts";
import { loadKnowledge } from "../knowledge/knowledge.ts";
import { analyzeDoc } from "./pipeline.ts";

function datesOf(sentence: string, published: string) {
  const text = `---\npublished: ${published}\n---\n${sentence}\n`;
  const doc = analyzeDoc(readArticle("dates.txt", new TextEncoder().encode(text)), loadKnowledge());
  return doc.dates.map((d) => ({ text: doc.text.slice(d.start, d.end).trim(), value: d.value, inferred: d.inferred }));
}

describe("dates keep their precision", () => {
  it.each([
    ["In January 2022, Syria joined the initiative.", "2023-09-23", "January 2022", "2022-01"],
    ["His last visit was in 2004.", "2023-09-23", "2004", "2004"],
    ["They met on 22 September 2023.", "2023-09-23", "22 September 2023", "2023-09-22"],
    ["The talks took place on January 30, 2018.", "2018-02-01", "January 30, 2018", "2018-01-30"],
    ["He said on Tuesday that talks had failed.", "2023-03-23", "on Tuesday", "2023-03-21"],
    ["On Sunday, he froze relations.", "2007-11-28", "On Sunday", "2007-11-25"],
    ["Mr. Chavez said Wednesday that he would not back down.", "2007-11-28", "Wednesday", "2007-11-28"],
    ["The minister will travel on Monday.", "2024-03-14", "on Monday", "2024-03-18"],
    ["The invasion began last year.", "2023-04-04", "last year", "2022"],
    ["The Chancellor should visit next year.", "2024-11-18", "next year", "2025"],
    ["Earlier today, the president spoke.", "2007-11-28", "today", "2007-11-28"],
    ["He toured the region last week.", "2006-01", "last week", "2006-01"],
    ["Ten years ago, the two states signed a treaty.", "2024-09-20", "Ten years ago", "2014"],
    ["The embassy closed two decades ago.", "2024-09-20", "two decades ago", "2004"],
    ["They met three months ago.", "2024-02-10", "three months ago", "2023-11"],
    ["He visited Hanoi 5 days ago.", "2024-02-10", "5 days ago", "2024-02-05"],
    // "in the day" is no "in a day" (tomorrow), and keeps the sentence's other dates
    ["Earlier in the day, he said they would meet on June 19.", "2020-06-11", "Earlier in the day", "2020-06-11"],
    ["Earlier in the day, he said they would meet on June 19.", "2020-06-11", "June 19", "2020-06-19"],
    ["They recalled the 2020 killing of the general.", "2023-12-09", "2020", "2020"],
    // a day-month within a week of the article's day is this year's, whatever the tense
    ["The president will attend the summit on January 24.", "2023-01-24", "January 24", "2023-01-24"],
    ["The minister is expected in Abuja on Aug. 23.", "2016-08-19", "Aug. 23", "2016-08-23"],
    ["The minister is expected in Abuja on Dec. 2.", "2016-08-19", "Dec. 2", "2016-12-02"],
    ["The ministers met on March 2.", "2016-02-27", "March 2", "2016-03-02"],
    ["The ministers met on March 20.", "2016-02-27", "March 20", "2015-03-20"],
    ["The boat was seized on Aug. 16.", "2006-08", "Aug. 16", "2006-08-16"],
    // 2017-08-28 is a Monday; 2017-09-03 a Sunday
    ["The leaders meet this weekend.", "2017-08-28", "this weekend", "2017-09-02"],
    ["The leaders met last weekend.", "2017-08-28", "last weekend", "2017-08-26"],
    ["The leaders met this weekend.", "2017-09-03", "this weekend", "2017-09-02"],
    // a future word outside the date's own clause does not move it
    [
      "Troops should withdraw from the valley where the two sides in June had clashed.",
      "2020-09-10",
      "June",
      "2020-06",
    ],
  ])("%s", (sentence, published, text, value) => {
    const found = datesOf(sentence, published);
    expect(found.find((d) => d.text.includes(text))?.value).toBe(value);
  });

  it("a duration dates the start of a relationship, marked as inferred", () => {
    const found = datesOf("The relationship has endured for 67 years.", "2023-09-23");
    expect(found).toContainEqual({ text: "for 67 years", value: "1956", inferred: true });
  });

  it("numbers that are not years are not dates", () => {
    expect(datesOf("Qatar has about 2.3 million people and 17 percent of imports.", "2017-06-05")).toEqual([]);
  });
});

describe("dates named relative to other dates", () => {
  it.each([
    ["They shook hands last November.", "2023-07-04", "last November", "2022-11"],
    ["The summit is planned for next March.", "2023-07-04", "next March", "2024-03"],
  ])("%s", (sentence, published, text, value) => {
    expect(datesOf(sentence, published).find((d) => d.text.includes(text))?.value).toBe(value);
  });

  it("'that year' takes the year the paragraph stated", () => {
    const found = datesOf("Ties soured in 2013. Cairo expelled the ambassador that year.", "2023-07-04");
    expect(found.find((d) => d.text === "that year")?.value).toBe("2013");
  });
});

describe("a year-less date is never after the article's day", () => {
  it.each([
    ["The ministers met on January 15.", "2024-10-01", "January 15", "2024-01-15"],
    ["Talks ended on 20 December.", "2024-11-02", "20 December", "2023-12-20"],
    ["Talks ended on 20 December.", "2024-12-28", "20 December", "2024-12-20"],
    ["The minister will visit on January 15.", "2024-10-01", "January 15", "2025-01-15"],
    ["The minister will visit in 2027.", "2026-01-01", "2027", "2027"],
    // a plan's month that has passed this year is next year's; so is a headline's ("Bolivia to leave ...")
    ["The envoy will return in February, officials said.", "2024-06-10", "February", "2025-02"],
    ["Bolivia to leave the bloc in February", "2024-11-20", "February", "2025-02"],
    ["Bolivia left the bloc in February", "2024-11-20", "February", "2024-02"],
    // a hope or an intention looks ahead too
    ["We hope to welcome the president to the summit in April.", "2018-02-08", "April", "2018-04"],
    ["The minister intends to return in January.", "2024-06-10", "January", "2025-01"],
    ["The minister hoped for talks in January.", "2024-06-10", "January", "2024-01"],
    // a relative clause's future is not the main verb's: "met on Monday" is last Monday
    ["The envoy, who will travel to Paris later, met the minister on Monday.", "2024-03-14", "Monday", "2024-03-11"],
    ["The envoy, who plans to return, arrived on January 15.", "2024-10-01", "January 15", "2024-01-15"],
  ])("%s (published %s)", (sentence, published, text, value) => {
    const found = datesOf(sentence, published);
    expect(found.find((d) => d.text.includes(text))?.value).toBe(value);
  });

  it("with no publication date, a year-less dateline and body date are not in the future", () => {
    const text = "PARIS, March 3 — The French and German leaders met on March 3 in Paris.\n";
    const doc = analyzeDoc(readArticle("paris.txt", new TextEncoder().encode(text)), loadKnowledge());
    const today = new Date().toISOString().slice(0, 10);
    const march = doc.dates.filter((d) => doc.text.slice(d.start, d.end).includes("March 3"));
    expect(march.length).toBeGreaterThan(0);
    for (const d of march) {
      expect(d.value.slice(5)).toBe("03-03");
      expect(d.value <= today).toBe(true);
      expect(Number(today.slice(0, 4)) - Number(d.value.slice(0, 4))).toBeLessThanOrEqual(1);
    }
    for (const e of doc.events) if (e.date) expect(e.date <= today).toBe(true);
  });
});
