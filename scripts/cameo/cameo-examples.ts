// Example sentences for converted CAMEO blocks, written from a template per entry: the source state
// where the entry's source slot is, the target state where its target slot is, the verb in the past
// tense, and the pattern's particle, object and prepositional phrases. Each is parsed and matched
// at conversion time, and the first that gives its kind and roles is kept; a block none of whose
// sentences works gets none, and the converter says so (the review may supply one by hand).
import type {
  DictionaryBlock,
  DictionaryExample,
  DictionaryPattern,
  Roles,
} from "../../src/knowledge/event-dictionary-schema.ts";

const PAIRS: [string, string, string, string][] = [
  ["France", "FRA", "Germany", "DEU"],
  ["Japan", "JPN", "India", "IND"],
  ["Brazil", "BRA", "Argentina", "ARG"],
  ["Kenya", "KEN", "Uganda", "UGA"],
  ["Canada", "CAN", "Mexico", "MEX"],
  ["Egypt", "EGY", "Sudan", "SDN"],
  ["Spain", "ESP", "Portugal", "PRT"],
  ["Chile", "CHL", "Peru", "PER"],
];

const IRREGULAR: Record<string, string> = {
  say: "said",
  make: "made",
  hold: "held",
  give: "gave",
  take: "took",
  send: "sent",
  break: "broke",
  cut: "cut",
  put: "put",
  set: "set",
  lead: "led",
  meet: "met",
  seek: "sought",
  bring: "brought",
  buy: "bought",
  sell: "sold",
  tell: "told",
  leave: "left",
  keep: "kept",
  win: "won",
  lose: "lost",
  fight: "fought",
  strike: "struck",
  shoot: "shot",
  throw: "threw",
  draw: "drew",
  begin: "began",
  run: "ran",
  come: "came",
  go: "went",
  get: "got",
  see: "saw",
  speak: "spoke",
  write: "wrote",
  stand: "stood",
  spend: "spent",
  build: "built",
  bear: "bore",
  forbid: "forbade",
  forgive: "forgave",
  swear: "swore",
  undertake: "undertook",
  withdraw: "withdrew",
  overthrow: "overthrew",
  shut: "shut",
  hit: "hit",
  quit: "quit",
  spread: "spread",
  beat: "beat",
  bind: "bound",
  flee: "fled",
  feed: "fed",
  hide: "hid",
  seize: "seized",
  ring: "rang",
  sing: "sang",
  wage: "waged",
  lay: "laid",
  pay: "paid",
  tear: "tore",
  bid: "bid",
  slay: "slew",
  stick: "stuck",
  sink: "sank",
  bite: "bit",
  grind: "ground",
};

/** The past tense of a verb lemma, from the block's irregular forms, a table, or the regular rule. */
export function pastTense(lemma: string, forms: string[] = []): string {
  const [verb, ...rest] = lemma.split(" ");
  const listed = forms.find((f) => f.endsWith("ed")) ?? IRREGULAR[verb];
  const past = listed ?? regularPast(verb);
  return [past, ...rest].join(" ");
}

function regularPast(verb: string): string {
  if (verb.endsWith("e")) return `${verb}d`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(verb)) return `${verb}${verb.at(-1)}ed`;
  return `${verb}ed`;
}

/** Candidate sentences for one block, bare verb and patterns, over its lemmas. */
export function candidateExamples(
  block: DictionaryBlock,
  classes: Record<string, string[]>,
  forms: Map<string, string[]>,
  pair: number,
): DictionaryExample[] {
  const out: DictionaryExample[] = [];
  if (!block.kind && block.patterns.every((p) => p.kind === null && Object.keys(p).length <= 2)) {
    const [s, , t] = PAIRS[pair % PAIRS.length];
    return [{ text: `${s} ${pastTense(block.lemmas[0], forms.get(block.lemmas[0]))} ${t}.`, kind: null }];
  }
  const entries: (DictionaryPattern | undefined)[] = [undefined, ...block.patterns.filter((p) => p.kind)];
  for (const pattern of entries) {
    const kind = pattern ? pattern.kind : block.kind;
    const roles = pattern?.roles ?? block.roles;
    if (!kind || !roles) continue;
    for (const lemma of block.lemmas.slice(0, 4)) {
      const [s, sid, t, tid] = PAIRS[(pair + out.length) % PAIRS.length];
      const text = sentenceFor(pastTense(lemma, forms.get(lemma)), pattern, roles, classes, s, t);
      if (text) out.push({ text, kind, source: sid, target: tid });
    }
  }
  return out;
}

function sentenceFor(
  verb: string,
  pattern: DictionaryPattern | undefined,
  roles: Roles,
  classes: Record<string, string[]>,
  source: string,
  target: string,
): string | undefined {
  const placeable = (slot: string) => slot === "obj" || slot.startsWith("prep:") || slot === "subj";
  const firstSource = roles.both
    ? "subj"
    : roles.source.find((slot) => slot === "subj" || slot === "obj" || slot.startsWith("prep:"));
  const firstTarget = roles.both ? (roles.both.find((s) => s !== "subj") ?? "obj") : roles.target.find(placeable);
  if (!firstSource || !firstTarget) return undefined;
  const who = (slot: string) => (slot === firstSource ? source : slot === firstTarget ? target : undefined);
  const word = (term: string) => (term.startsWith("&") ? classes[term]?.[0] : term)?.replace(/ of /g, " of the ");
  const subjectWho = who("subj");
  if (!subjectWho) return undefined;
  const subject = pattern?.subject ? `${subjectWho}'s ${word(pattern.subject)}` : subjectWho;
  const parts = [subject, verb];
  if (pattern?.particle && !pattern.particle.startsWith("&")) parts.push(pattern.particle);
  const objectWho = who("obj");
  if (pattern?.object) parts.push(objectWho ? `${objectWho}'s ${word(pattern.object)}` : `the ${word(pattern.object)}`);
  else if (objectWho) parts.push(objectWho);
  const used = new Set([subjectWho, objectWho]);
  for (const prep of pattern?.preps ?? []) {
    const party = who(`prep:${prep.case}`);
    if (prep.object) parts.push(`${prep.case} the ${word(prep.object)}`);
    else if (party) {
      parts.push(`${prep.case} ${party}`);
      used.add(party);
    } else parts.push(`${prep.case} the capital`);
  }
  if (!used.has(target) || !used.has(source)) {
    const slot = [firstTarget, firstSource].find((s) => s.startsWith("prep:") && !used.has(who(s) ?? ""));
    if (!slot) return undefined;
    parts.push(`${slot.slice(5)} ${who(slot)}`);
  }
  return `${parts.join(" ")}.`;
}
