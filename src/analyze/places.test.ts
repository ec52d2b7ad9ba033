// Places with the article's states in view: a shared city name is the city of the state the story is about,
// else the capital or the best-known city.
import { describe, expect, it } from "vitest";
import { readArticle } from "../ingest/read-article.ts";
import { loadKnowledge } from "../knowledge/knowledge.ts";
import type { ArticleRecord } from "../record/record.ts";
import { analyzeArticle } from "./pipeline.ts";

// A second paragraph with no states, places or events, so that short texts read as English.
const FILLER = "The officials said that the discussions had been useful and that they would keep in touch.";

function analyze(body: string): ArticleRecord {
  const text = ["---", "title: Talks", "published: 2024-11-20", "---", body, "", FILLER, ""].join("\n");
  return analyzeArticle(readArticle("places.txt", new TextEncoder().encode(text)), loadKnowledge());
}

describe("the dateline's country", () => {
  it.each([
    ["WASHINGTON – President Joe Biden met Japanese Prime Minister Fumio Kishida on Wednesday.", "USA"],
    ["Washington, DC – The United States and Japan signed a trade agreement on Wednesday.", "USA"],
    // Tripoli, Lebanon is a fifth the size of Libya's capital: the story's state decides
    ["TRIPOLI – Lebanese Prime Minister Najib Mikati met Syrian officials on Monday.", "LBN"],
    ["TRIPOLI – Libya and Egypt signed a border agreement on Monday.", "LBY"],
    ["HYDERABAD – Pakistan and Iran signed a trade agreement on Monday.", "PAK"],
    ["HYDERABAD – India and Japan signed a trade agreement on Monday.", "IND"],
    // a region that names a country settles it, whatever the story is about
    ["Hyderabad, Pakistan – India and Japan signed a trade agreement on Monday.", "PAK"],
    ["VALENCIA – Spain and Morocco signed a fisheries agreement on Monday.", "ESP"],
    ["VALENCIA – Venezuela and Colombia signed a border agreement on Monday.", "VEN"],
    // a national capital outweighs a small namesake in a state the story names (Paris, Texas; London, Ontario)
    ["PARIS – The United States and Japan signed a trade agreement on Monday.", "FRA"],
    ["LONDON – Canada and Japan signed a trade agreement on Monday.", "GBR"],
    ["MOSCOW – The United States and Japan signed a trade agreement on Monday.", "RUS"],
  ])("%s → %s", (body, country) => {
    expect(analyze(body).document.dateline?.country).toBe(country);
  });
});

describe("a named place's city", () => {
  it.each(["Washington", "Washington DC", "Washington, D.C."])("gives %s the US capital's coordinates", (written) => {
    const record = analyze(`Japanese Prime Minister Fumio Kishida met President Joe Biden in ${written} on Monday.`);
    expect(record.entities.find((e) => e.kind === "place")).toMatchObject({ country: "USA", lat: 38.9, lon: -77.04 });
    expect(record.events.find((e) => e.kind === "meet")?.location).toMatchObject({ country: "USA" });
  });

  // the host of talks follows: Syria visited Lebanon, Egypt visited Libya
  it.each([
    ["Lebanese Prime Minister Najib Mikati met Syria's foreign minister in Tripoli on Monday.", "LBN", "SYR"],
    ["Libya's prime minister met Egypt's foreign minister in Tripoli on Monday.", "LBY", "EGY"],
  ])("%s → %s", (body, country, guest) => {
    const record = analyze(body);
    expect(record.entities.find((e) => e.kind === "place")).toMatchObject({ name: "Tripoli", country });
    const visits = record.events.filter((e) => e.kind === "visit");
    expect(visits.map((e) => [e.source, e.target])).toEqual([[[guest], [country]]]);
  });
});

describe("a place's id", () => {
  // two cities of one name in two countries are two entities; a name only one country has keeps the plain id
  it.each([
    [
      "Libyan Prime Minister Abdul Hamid Dbeibah received Egypt's foreign minister in Tripoli on Sunday.",
      "place:tripoli-lby",
      "LBY",
    ],
    ["Lebanese officials welcomed a Syrian delegation in Tripoli on Sunday.", "place:tripoli-lbn", "LBN"],
    ["Pakistani and Iranian officials signed a trade pact in Hyderabad on Friday.", "place:hyderabad-pak", "PAK"],
    [
      "Chinese President Xi Jinping met Syrian President Bashar al-Assad in Hangzhou on Friday.",
      "place:hangzhou",
      "CHN",
    ],
  ])("%s → %s", (body, id, country) => {
    const record = analyze(body);
    const places = record.entities.filter((e) => e.kind === "place");
    expect(places).toEqual([expect.objectContaining({ id, country })]);
    // the mentions point at the same entity, and no mention at the plain id it had before its country was known
    const placeMentions = record.mentions?.filter((m) => m.entity.startsWith("place:")) ?? [];
    expect(placeMentions.map((m) => m.entity)).toEqual([id]);
  });
});

describe("cities news spells otherwise, and places an act names", () => {
  const eventKeysOf = (r: ArticleRecord) => r.events.map((e) => `${e.kind} ${e.source.join()}>${e.target.join()}`);
  it.each([
    // knowledge/place-names.json: the data spells it "Odessa", "Zaporizhia"; "Kramators’k" answers without its apostrophe
    ["A Russian drone attack on Odesa killed three people.", "use_force RUS>UKR"],
    ["Russian missiles hit Zaporizhzhia overnight.", "use_force RUS>UKR"],
    ["Russian missiles struck targets in Kramatorsk overnight.", "use_force RUS>UKR"],
  ])("%s", (body, expected) => {
    expect(eventKeysOf(analyze(body))).toEqual([expected]);
  });
});
