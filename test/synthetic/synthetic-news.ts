// Synthetic news article files for the scale benchmark and the queue tests: deterministic from an index, diplomatic
// enough that the analyzer finds states and events in them, and distinct enough (random slots every few words)
// that no two are near-duplicates of each other.
import { seededRandom } from "../../src/fuzz/mutate.ts";

const STATES: [name: string, capital: string, leader: string][] = [
  ["China", "Beijing", "President Xi Jinping"],
  ["Russia", "Moscow", "President Vladimir Putin"],
  ["France", "Paris", "President Emmanuel Macron"],
  ["Germany", "Berlin", "Chancellor Olaf Scholz"],
  ["Japan", "Tokyo", "Prime Minister Fumio Kishida"],
  ["India", "New Delhi", "Prime Minister Narendra Modi"],
  ["Brazil", "Brasilia", "President Luiz Inacio Lula da Silva"],
  ["Turkey", "Ankara", "President Recep Tayyip Erdogan"],
  ["Egypt", "Cairo", "President Abdel Fattah el-Sisi"],
  ["Indonesia", "Jakarta", "President Joko Widodo"],
  ["Kenya", "Nairobi", "President William Ruto"],
  ["Mexico", "Mexico City", "President Andres Manuel Lopez Obrador"],
  ["Canada", "Ottawa", "Prime Minister Justin Trudeau"],
  ["Australia", "Canberra", "Prime Minister Anthony Albanese"],
  ["Nigeria", "Abuja", "President Bola Tinubu"],
  ["Vietnam", "Hanoi", "President Vo Van Thuong"],
  ["Argentina", "Buenos Aires", "President Javier Milei"],
  ["Poland", "Warsaw", "President Andrzej Duda"],
  ["Spain", "Madrid", "Prime Minister Pedro Sanchez"],
  ["Italy", "Rome", "Prime Minister Giorgia Meloni"],
];

const TOPICS = [
  "energy",
  "grain",
  "rail",
  "port",
  "steel",
  "fisheries",
  "tourism",
  "vaccines",
  "satellites",
  "fertiliser",
  "water",
  "textiles",
  "copper",
  "lithium",
  "shipping",
  "aviation",
  "banking",
  "telecoms",
  "education",
  "customs",
];
const ADJECTIVES = ["cautious", "frank", "lengthy", "productive", "tense", "cordial", "brief", "detailed"];
const OUTLETS = ["Global Wire", "Daily Ledger", "Morning Dispatch", "Capital Herald", "Harbor Times", "Evening Post"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WORDS = (
  "budget harvest corridor tariff summit border pipeline credit reactor delegation treaty envoy drought refinery " +
  "quota subsidy airport bridge census ferry clinic orchard warehouse dividend bond quarry turbine canal terminal " +
  "reservoir mill depot archive garrison lighthouse vineyard foundry railway highway market embassy consulate"
).split(" ");

// article i is the same on every machine: the fuzz harness's seeded generator (mulberry32)
const random = seededRandom;

export interface SyntheticArticle {
  fileName: string;
  /** The file's content: YAML front matter, then the body. */
  content: string;
}

export function syntheticArticle(index: number, seed = 1): SyntheticArticle {
  const next = random(index * 7919 + seed * 104729);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const number = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const a = pick(STATES);
  let b = pick(STATES);
  while (b === a) b = pick(STATES);
  const year = number(2015, 2024);
  const month = number(1, 12);
  const day = number(1, 28);
  const date = `${MONTHS[month - 1]} ${day}, ${year}`;
  const topic = pick(TOPICS);
  const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(" ");

  const sentences = [
    `${a[2]} met ${b[2]} in ${a[1]} on ${date} for ${pick(ADJECTIVES)} talks on ${topic} and ${pick(TOPICS)}.`,
    `${a[0]} and ${b[0]} signed an agreement on ${topic} worth ${number(2, 900)} million dollars, officials in ${b[1]} said.`,
    `Aides described item ${index} of the agenda, on the ${words(3)}, as ${pick(ADJECTIVES)}.`,
    pick([
      `${a[0]} criticized ${b[0]} over its ${pick(TOPICS)} quotas, a spokesperson said on ${date}.`,
      `${b[0]} invited ${a[0]} to join a ${pick(TOPICS)} forum next year.`,
      `The two sides agreed to cooperate on ${pick(TOPICS)} and ${pick(TOPICS)} research.`,
    ]),
    `Trade between ${a[0]} and ${b[0]} reached ${number(1, 300)}.${number(0, 9)} billion dollars in ${year - 1}, with ${words(4)} growing ${number(2, 40)} percent.`,
    `Local reports mentioned the ${words(5)} near ${pick(STATES)[1]}.`,
    `Neither side gave a date for the next round of talks on the ${words(3)}.`,
  ];
  // Background paragraphs, as real reports carry: they bring an article to a few hundred words, so that its
  // analysis costs what a real article's does.
  const background = Array.from({ length: 4 }, () =>
    [
      `Officials from the ${pick(TOPICS)} ministry in ${pick(STATES)[1]} said the ${words(3)} had been discussed for ${number(2, 30)} months.`,
      `A report by a research group in ${pick(STATES)[1]} estimated that ${words(2)} costs rose ${number(2, 60)} percent between ${year - number(2, 9)} and ${year - 1}.`,
      `Diplomats said the ${pick(ADJECTIVES)} atmosphere reflected years of ${words(2)} disputes over ${pick(TOPICS)} and ${pick(TOPICS)}.`,
      `The ${words(2)} project, first proposed in ${year - number(3, 12)}, would employ about ${number(2, 90)},000 people in the ${words(1)} sector.`,
      `Business groups welcomed the ${words(3)} but warned that ${pick(TOPICS)} rules remained ${pick(ADJECTIVES)}.`,
    ].join(" "),
  );
  const published = `${year}-${String(month).padStart(2, "0")}-${String(Math.min(day + 1, 28)).padStart(2, "0")}`;
  const content = [
    "---",
    `title: "${a[0]} and ${b[0]} discuss ${topic} (${index})"`,
    `published: ${published}`,
    `source: ${pick(OUTLETS)}`,
    `url: https://news.example/${year}/${index}`,
    "---",
    sentences.join(" "),
    ...background.map((paragraph) => `\n${paragraph}`),
    "",
  ].join("\n");
  return { fileName: `article-${String(index).padStart(6, "0")}.txt`, content };
}
