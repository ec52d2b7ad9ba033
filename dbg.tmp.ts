import { loadDictionaryIndex, matchDictionary, slotTokens } from "./src/analyze/dictionary/index.ts";
import { parse } from "./src/parse/index.ts";
const { index } = loadDictionaryIndex();
for (const text of process.argv.slice(2)) {
  const toks = parse(text).flatMap((s) => s.tokens);
  console.log(toks.map((t,i)=>`${i}:${t.text}/${t.lemma}/${t.upos}/${t.head}/${t.deprel}`).join(" "));
  for (const m of matchDictionary(toks, index)) console.log("  ", m.entry.id, m.entry.kind, JSON.stringify(slotTokens(toks, m)));
}
