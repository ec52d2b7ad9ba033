import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language.ts";

const ARTICLES = fileURLToPath(new URL("../../test/fixtures/articles/", import.meta.url));

// Short news paragraphs written for these tests.
const FRENCH =
  "Le président chinois a reçu mardi son homologue syrien à Hangzhou, où les deux dirigeants ont annoncé l'établissement d'un partenariat stratégique. Selon le ministère des Affaires étrangères, plusieurs accords de coopération économique ont été signés à l'issue de la rencontre.";
const SPANISH =
  "El presidente de Venezuela anunció el miércoles la ruptura de las relaciones diplomáticas con Colombia y ordenó el regreso de su embajador en Bogotá. El gobierno colombiano respondió que mantendrá abiertos los canales de diálogo con sus vecinos de la región.";
const GERMAN =
  "Die Außenminister beider Länder trafen sich am Dienstag in Berlin und vereinbarten eine engere Zusammenarbeit in der Energiepolitik. Nach Angaben des Auswärtigen Amtes sollen die Gespräche im Herbst fortgesetzt werden.";
const RUSSIAN =
  "Президент России провёл телефонный разговор с премьер-министром Индии. Стороны обсудили вопросы двустороннего сотрудничества и выразили удовлетворение уровнем особо привилегированного стратегического партнёрства.";
const ENGLISH =
  "The foreign ministers of the two countries met in Geneva on Tuesday and agreed to resume talks on a trade agreement, officials said after the meeting.";

describe("detectLanguage", () => {
  it.each([
    ["English", ENGLISH, "en"],
    ["French", FRENCH, "fr"],
    ["Spanish", SPANISH, "es"],
    ["German", GERMAN, "de"],
    ["Russian", RUSSIAN, "ru"],
  ])("%s", (_name, text, code) => {
    expect(detectLanguage(text)?.code).toBe(code);
  });

  it("finds an English article that quotes a French sentence English", () => {
    const quoting = `${ENGLISH} "Nous sommes prêts," the minister said in French. ${ENGLISH}`;
    expect(detectLanguage(quoting)?.code).toBe("en");
  });

  it("finds English without function words (a list of names and places) by trigrams", () => {
    const list =
      "Participants: Foreign Minister Wang Yi, Secretary General Ahmed Aboul Gheit, Ambassador Linda Thomas-Greenfield, Special Envoy Geir Pedersen, Deputy Minister Mikhail Bogdanov. Venue: Palais des Nations, Geneva, Switzerland. Agenda: humanitarian access, reconstruction funding, refugee returns.";
    expect(detectLanguage(list)?.code).toBe("en");
  });

  it("finds a short sentence of names and titles English", () => {
    expect(
      detectLanguage("Prime Minister James Marape of Papua New Guinea met Ambassador Visvas Sapkal of India.")?.code,
    ).toBe("en");
  });

  it("names the language for messages", () => {
    expect(detectLanguage(FRENCH)?.name).toBe("French");
  });

  it.each([
    ["a few words", "Talks resume."],
    ["numbers and punctuation", "2023-09-22 — 14:00 — 1,000,000 (+3%)"],
    // Names and titles with one verb: trigrams make it Sundanese; too short to call it anything but unknown.
    ["a headline of names", "Papua New Guinea Prime Minister James Marape met Indian Prime Minister Narendra Modi."],
  ])("is null for text too short to tell: %s", (_name, text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it("finds every English fixture article English", () => {
    for (const file of readdirSync(ARTICLES).filter((name) => name.endsWith(".txt"))) {
      expect([file, detectLanguage(readFileSync(`${ARTICLES}${file}`, "utf8"))?.code]).toEqual([file, "en"]);
    }
  });
});
