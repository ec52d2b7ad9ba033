// `dyad relations ACTOR`: the standing relations a state (or organisation) is party to, grouped by kind.
import { Command } from "commander";
import type { RelationKind } from "../../record/record.ts";
import type { StoredRelation } from "../../store/store.ts";
import { type Actor, actorName, resolveActorWithStore } from "../aggregate/actor-resolver.ts";
import { addStoreOption, withStore } from "./store-option.ts";

const SECTIONS: [RelationKind, string][] = [
  ["partnership", "Partnerships"],
  ["alliance", "Alliances"],
  ["membership", "Memberships"],
  ["diplomatic_relations", "Diplomatic relations"],
];

export function relationsCommand(): Command {
  const command = new Command("relations")
    .description("List the standing relations of a state: partnerships, alliances, memberships, diplomatic relations")
    .argument("<actor>", "a state or organisation: code (SYR, org:bri) or name (Syria, BRI)")
    .option("--json", "print JSON instead of text")
    .addHelpText(
      "after",
      `
Each relation shows the partner, the label (a partnership's level as worded), the date it began
where known, the evidence sentence and the article. A relation reported by several articles is
listed once, with the number of articles.

Examples:
  $ dyad relations SYR
  $ dyad relations china
  $ dyad relations org:bri
  $ dyad relations Syria --json`,
    )
    .action((typed: string, options: { json?: boolean; db?: string }) =>
      withStore("relations", options.db, async (store) => {
        const actor = await resolveActorWithStore(typed, store);
        const relations = await store.relationsOf(actor.id);
        process.stdout.write(
          options.json
            ? `${JSON.stringify({ actor: actor.id, relations }, null, 2)}\n`
            : formatRelations(actor, relations),
        );
      }),
    );
  return addStoreOption(command);
}

/** One line per distinct relation (kind, parties, label, since), keeping the first report's evidence. */
export function formatRelations(actor: Actor, relations: StoredRelation[]): string {
  if (relations.length === 0) return `${actor.name} (${actor.id}): no relations stored yet.\n`;
  const distinct = new Map<string, { relation: StoredRelation; reports: number }>();
  for (const relation of relations) {
    const key = JSON.stringify([relation.kind, [...relation.parties].sort(), relation.label ?? null, relation.since]);
    const seen = distinct.get(key);
    if (seen) seen.reports += 1;
    else distinct.set(key, { relation, reports: 1 });
  }
  const blocks: string[] = [`${actor.name} (${actor.id})`];
  for (const [kind, heading] of SECTIONS) {
    const rows = [...distinct.values()].filter(({ relation }) => relation.kind === kind);
    if (rows.length === 0) continue;
    const lines = rows.map(({ relation, reports }) => {
      const partners = relation.parties.filter((party) => party !== actor.id);
      const partnerText = partners.map((party) => `${actorName(party)} (${party})`).join(", ") || actor.id;
      const label = relation.label ? `  “${relation.label}”` : "";
      const since = relation.since ? `  since ${relation.since}` : "";
      const out = [`  ${partnerText}${label}${since}`];
      if (relation.evidence) out.push(`      “${relation.evidence.text.replace(/\s+/g, " ").trim()}”`);
      const more = reports > 1 ? ` and ${reports - 1} more ${reports === 2 ? "article" : "articles"}` : "";
      out.push(`      — ${relation.documentTitle ?? "(untitled article)"}${more}`);
      return out.join("\n");
    });
    blocks.push(`${heading}\n${lines.join("\n")}`);
  }
  return `${blocks.join("\n\n")}\n`;
}
