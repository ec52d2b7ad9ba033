// Over 300 lines: mostly tables of known office holders, one row per fact checked.
// Checks the knowledge data files against their schemas and against facts that a schema cannot see:
// unique ids, ordered term dates, one holder per single-holder office at a time, and known office holders.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  countryExtrasFileSchema,
  type Organization,
  organizationsFileSchema,
  type Person,
  peopleFileSchema,
  type Term,
} from "./schema.ts";

const knowledgeDir = fileURLToPath(new URL("../../knowledge/", import.meta.url));
const peopleDir = join(knowledgeDir, "people");
const organizationsPath = join(knowledgeDir, "organizations.json");
const countriesPath = join(knowledgeDir, "countries.json");

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${path}: not readable JSON (${(error as Error).message})`);
  }
}

const peopleFiles = readdirSync(peopleDir)
  .filter((name) => name.endsWith(".json"))
  .sort();

function loadPeople(): { file: string; person: Person }[] {
  return peopleFiles.flatMap((file) =>
    peopleFileSchema.parse(readJson(join(peopleDir, file))).map((person) => ({ file, person })),
  );
}

/** First and last day a partial ISO date can mean: "2014-05" is 2014-05-01 .. 2014-05-31. */
function dayRange(date: string): [string, string] {
  if (date.length === 10) return [date, date];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [`${date}-01-01`, `${date}-12-31`];
}

function isCalendarDay(date: string): boolean {
  if (date.length !== 10) return /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(date);
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** Who holds an office on a day: the start counts, the end day belongs to the successor. */
function holdersOn(
  people: Person[],
  office: { for: string; role: Term["role"]; title?: string },
  day: string,
): string[] {
  return people
    .filter((person) =>
      person.terms.some(
        (term) =>
          term.for === office.for &&
          term.role === office.role &&
          (office.title === undefined || term.title === office.title) &&
          dayRange(term.start)[0] <= day &&
          (term.end === null || day < dayRange(term.end)[0]),
      ),
    )
    .map((person) => person.id)
    .sort();
}

// Roles that one person holds at a time per state; other roles are only unique per title.
const singleHolderRoles = new Set<Term["role"]>([
  "head_of_state",
  "head_of_government",
  "foreign_minister",
  "defence_minister",
  "finance_minister",
]);
// Titles that several people hold together (China has four vice premiers, a ministry has several spokespeople).
const sharedTitles = new Set([
  "Vice Premier",
  "State Councilor",
  "First Deputy Prime Minister",
  "Deputy Prime Minister",
  "Foreign Ministry Spokesperson",
  "Minister of State for Foreign Affairs",
  "Minister of State",
]);

function isActing(term: Term): boolean {
  return /^(Acting|Interim)\b/.test(term.title);
}

function officeKey(person: Person, term: Term): string | null {
  if (singleHolderRoles.has(term.role)) return `${term.for} ${term.role}`;
  if (sharedTitles.has(term.title)) return null;
  const title = term.title.replace(/^(Acting|Interim) /, "");
  // Ambassadors of different states share a posting's title; files differ on whether `for` is the sender or the host.
  if (term.role === "ambassador") return `${person.country} ${term.for} ${term.role} ${title}`;
  return `${term.for} ${term.role} ${title}`;
}

interface Holding {
  id: string;
  term: Term;
}

function overlaps(a: Term, b: Term): boolean {
  // Lenient with partial dates: a month-precise date may fall anywhere in its month.
  const lastStart = (term: Term) => dayRange(term.start)[1];
  const firstEnd = (term: Term) => (term.end === null ? "9999" : dayRange(term.end)[0]);
  return lastStart(a) < firstEnd(b) && lastStart(b) < firstEnd(a);
}

interface Overlap {
  office: string;
  ids: [string, string];
  text: string;
}

/** Pairs of people whose terms in one single-holder office overlap. */
function overlappingHolders(people: Person[]): Overlap[] {
  const byOffice = new Map<string, Holding[]>();
  for (const person of people) {
    for (const term of person.terms) {
      const key = officeKey(person, term);
      if (key === null) continue;
      byOffice.set(key, [...(byOffice.get(key) ?? []), { id: person.id, term }]);
    }
  }
  const found: Overlap[] = [];
  for (const [office, holdings] of byOffice) {
    for (let i = 0; i < holdings.length; i++) {
      for (let j = i + 1; j < holdings.length; j++) {
        const a = holdings[i];
        const b = holdings[j];
        // An acting holder serves beside a suspended one (impeachment, incapacity).
        if (a.id === b.id || isActing(a.term) !== isActing(b.term)) continue;
        if (overlaps(a.term, b.term)) {
          const text = `${office}: ${a.id} ${a.term.start}..${a.term.end} / ${b.id} ${b.term.start}..${b.term.end}`;
          found.push({ office, ids: [a.id, b.id], text });
        }
      }
    }
  }
  return found.sort((x, y) => x.text.localeCompare(y.text));
}

// People who really held one office at the same time (rival governments, a portfolio shared by a prime minister
// and an adviser); each pair is a known fact, not a data error.
const knownConcurrentHolders: [string, string, string][] = [
  ["LBY head_of_state", "person:muammar-gaddafi", "person:mustafa-abdul-jalil"],
  ["LBY head_of_government", "person:baghdadi-mahmudi", "person:mahmoud-jibril"],
  ["LBY head_of_government", "person:fayez-al-sarraj", "person:abdullah-al-thani"],
  ["LBY head_of_government", "person:abdul-hamid-dbeibeh", "person:fathi-bashagha"],
  ["LBY head_of_government", "person:abdul-hamid-dbeibeh", "person:osama-hamad"],
  // Nawaz Sharif kept the foreign ministry himself while Sartaj Aziz ran it as adviser.
  ["PAK foreign_minister", "person:nawaz-sharif", "person:sartaj-aziz"],
];

function isKnownConcurrent(overlap: Overlap): boolean {
  return knownConcurrentHolders.some(
    ([office, a, b]) => office === overlap.office && overlap.ids.includes(a) && overlap.ids.includes(b),
  );
}

describe("people files", () => {
  const entries = loadPeople();
  const people = entries.map((entry) => entry.person);

  it("finds people files", () => {
    expect(peopleFiles).toContain("g20.json");
    expect(people.length).toBeGreaterThan(500);
  });

  it("gives each person one id across all files", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const { file, person } of entries) {
      const earlier = seen.get(person.id);
      if (earlier !== undefined) duplicates.push(`${person.id} in ${earlier} and ${file}`);
      seen.set(person.id, file);
    }
    expect(duplicates).toEqual([]);
  });

  it("has real dates that start before they end", () => {
    const bad: string[] = [];
    for (const person of people) {
      for (const term of person.terms) {
        for (const date of [term.start, term.end]) {
          if (date !== null && !isCalendarDay(date)) bad.push(`${person.id}: ${date} is not a calendar date`);
        }
        if (term.end !== null && dayRange(term.start)[0] > dayRange(term.end)[1]) {
          bad.push(`${person.id}: ${term.title} starts ${term.start} after it ends ${term.end}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it("has trimmed, non-empty names and aliases", () => {
    const bad = people.flatMap((person) =>
      [person.name, ...person.aliases]
        .filter((text) => text.trim() === "" || text !== text.trim())
        .map((text) => `${person.id}: ${JSON.stringify(text)}`),
    );
    expect(bad).toEqual([]);
  });

  it("has one holder at a time for single-holder offices", () => {
    const found = overlappingHolders(people).filter((overlap) => !isKnownConcurrent(overlap));
    expect(found.map((overlap) => overlap.text)).toEqual([]);
  });

  it("refers only to organisations that organizations.json defines", () => {
    const known = new Set(organizationsFileSchema.parse(readJson(organizationsPath)).map((org) => org.id));
    const unknown = people.flatMap((person) =>
      person.terms.filter((term) => term.for.startsWith("org:") && !known.has(term.for)).map((term) => term.for),
    );
    expect([...new Set(unknown)]).toEqual([]);
  });

  const officeHolders: [string, Term["role"], string, string][] = [
    ["SYR", "head_of_state", "2023-09-22", "person:bashar-al-assad"],
    ["SYR", "head_of_state", "2025-06-01", "person:ahmed-al-sharaa"],
    ["CHN", "head_of_state", "2006-01-15", "person:hu-jintao"],
    ["CHN", "head_of_state", "2013-03-14", "person:xi-jinping"],
    ["CHN", "head_of_government", "2015-06-01", "person:li-keqiang"],
    ["GBR", "head_of_government", "2024-11-18", "person:keir-starmer"],
    ["GBR", "head_of_government", "2022-10-20", "person:liz-truss"],
    ["GBR", "head_of_state", "2023-05-06", "person:charles-iii"],
    ["USA", "head_of_state", "2020-06-01", "person:donald-trump"],
    ["USA", "head_of_state", "2023-06-01", "person:joe-biden"],
    ["USA", "foreign_minister", "2017-06-01", "person:rex-tillerson"],
    ["RUS", "head_of_state", "2010-01-01", "person:dmitry-medvedev"],
    ["RUS", "head_of_government", "2010-01-01", "person:vladimir-putin"],
    ["RUS", "foreign_minister", "2022-02-24", "person:sergey-lavrov"],
    ["DEU", "head_of_government", "2015-09-01", "person:angela-merkel"],
    ["FRA", "head_of_state", "2009-01-01", "person:nicolas-sarkozy"],
    ["IND", "head_of_government", "2019-01-01", "person:narendra-modi"],
    ["IND", "foreign_minister", "2023-01-01", "person:subrahmanyam-jaishankar"],
    ["JPN", "head_of_government", "2019-01-01", "person:shinzo-abe"],
    ["TUR", "head_of_government", "2020-01-01", "person:recep-tayyip-erdogan"],
    ["TUR", "head_of_government", "2015-01-01", "person:ahmet-davutoglu"],
    ["SAU", "head_of_state", "2010-01-01", "person:abdullah-bin-abdulaziz"],
    ["SAU", "head_of_government", "2023-01-01", "person:mohammed-bin-salman"],
    ["SAU", "head_of_government", "2020-01-01", "person:salman-bin-abdulaziz"],
    ["BRA", "head_of_state", "2020-01-01", "person:jair-bolsonaro"],
    ["KOR", "head_of_state", "2019-01-01", "person:moon-jae-in"],
  ];

  it.each(officeHolders)("%s %s on %s is %s", (state, role, day, id) => {
    expect(holdersOn(people, { for: state, role }, day)).toEqual([id]);
  });

  const organisationOfficials: [string, string, string][] = [
    ["European Commission President", "2016-01-01", "person:jean-claude-juncker"],
    ["European Commission President", "2025-01-01", "person:ursula-von-der-leyen"],
    ["European Council President", "2016-01-01", "person:donald-tusk"],
    ["EU High Representative for Foreign Affairs", "2025-01-01", "person:kaja-kallas"],
  ];

  it.each(organisationOfficials)("EU %s on %s is %s", (title, day, id) => {
    expect(holdersOn(people, { for: "org:eu", role: "official", title }, day)).toEqual([id]);
  });

  it("counts an office's end day for the successor", () => {
    expect(holdersOn(people, { for: "GBR", role: "head_of_government" }, "2024-07-05")).toEqual([
      "person:keir-starmer",
    ]);
  });
});

describe("overlap check", () => {
  const term = (start: string, end: string | null, title = "President"): Term => ({
    for: "XXX",
    role: "head_of_state",
    title,
    start,
    end,
  });
  const person = (id: string, ...terms: Term[]): Person => ({ id, name: id, aliases: [], country: null, terms });

  it.each([
    ["handover on one day", term("2000-01-01", "2005-01-01"), term("2005-01-01", null), false],
    ["two at once", term("2000-01-01", "2005-01-01"), term("2004-01-01", null), true],
    ["month-precise handover", term("2000-01-01", "2005-03"), term("2005-03", null), false],
    [
      "acting beside a suspended holder",
      term("2000-01-01", "2005-01-01"),
      term("2004-01-01", null, "Acting President"),
      false,
    ],
  ])("%s", (_label, a, b, expected) => {
    expect(overlappingHolders([person("person:a", a), person("person:b", b)]).length > 0).toBe(expected);
  });
});

describe("organizations.json", () => {
  const organizations: Organization[] = organizationsFileSchema.parse(readJson(organizationsPath));
  const byId = new Map(organizations.map((org) => [org.id, org]));

  it("gives each organisation one id", () => {
    expect(byId.size).toBe(organizations.length);
  });

  it("points part_of at organisations in the file", () => {
    const dangling = organizations.filter((org) => org.part_of !== null && !byId.has(org.part_of));
    expect(dangling.map((org) => org.id)).toEqual([]);
  });

  it("lists each member once and has non-empty aliases", () => {
    for (const org of organizations) {
      expect(new Set(org.members).size, org.id).toBe(org.members.length);
      for (const alias of org.aliases) expect(alias.trim(), org.id).toBe(alias);
      expect(
        org.aliases.filter((alias) => alias === ""),
        org.id,
      ).toEqual([]);
    }
  });

  it("does not give one alias to two organisations", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const org of organizations) {
      for (const name of new Set([org.name, org.short, ...org.aliases].filter((text) => text !== null))) {
        const earlier = owner.get(name.toLowerCase());
        if (earlier !== undefined && earlier !== org.id) clashes.push(`${name}: ${earlier} and ${org.id}`);
        owner.set(name.toLowerCase(), org.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ["org:nato", ["USA", "TUR", "FIN", "SWE"], 32],
    ["org:eu", ["DEU", "FRA", "HRV"], 27],
    ["org:g7", ["JPN", "CAN", "ITA"], 7],
    ["org:unsc", ["USA", "CHN", "RUS", "GBR", "FRA"], 5],
    ["org:gcc", ["SAU", "QAT", "OMN"], 6],
    ["org:quad", ["AUS", "IND", "JPN", "USA"], 4],
  ])("%s has members %j of %i", (id, some, count) => {
    const org = byId.get(id);
    expect(org?.members).toEqual(expect.arrayContaining(some));
    expect(org?.members.length).toBe(count);
  });

  it("puts the Security Council inside the UN", () => {
    expect(byId.get("org:unsc")?.part_of).toBe("org:un");
  });
});

describe("countries.json", () => {
  it.runIf(existsSync(countriesPath))("matches the country extras schema with one entry per state", () => {
    const codes = countryExtrasFileSchema.parse(readJson(countriesPath)).map((country) => country.iso3);
    const repeated = codes.filter((code, index) => codes.indexOf(code) !== index);
    expect(repeated).toEqual([]);
  });
});
