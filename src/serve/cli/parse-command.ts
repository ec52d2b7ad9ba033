// `dyad parse FILE`: dyad's sentences, tokens, tags, lemmas and dependency trees as CoNLL-U, so that its
// trees can be compared with any parser's. With --conllu, keeps a CoNLL-U file's own sentences and words.
import { readFileSync } from "node:fs";
import { Command } from "commander";
import { formatParsedSentence, readConllu, writeConlluSentence } from "../../parse/conllu.ts";
import { analyzeWords, parse } from "../../parse/index.ts";

const EXAMPLES = `
Without --conllu, FILE is plain UTF-8 text (- reads stdin); each word's MISC column gives its character
range in the text (TokenRange=start:end). With --conllu, FILE is CoNLL-U: its sentences, words,
multi-word token ranges and empty nodes are kept, and dyad fills UPOS, XPOS, LEMMA, HEAD and DEPREL,
so that the standard UD evaluation script can score dyad on gold tokens.

Examples:
  $ dyad parse article.txt
  $ echo "Egypt and Bahrain severed ties with Qatar." | dyad parse -
  $ dyad parse --conllu en_ewt-ud-test.conllu > dyad.conllu`;

export function parseCommand(): Command {
  return new Command("parse")
    .description("Print dyad's dependency parse of a text (or of a CoNLL-U file's words) as CoNLL-U.")
    .argument("<file>", "a UTF-8 text file, a CoNLL-U file with --conllu, or - for stdin")
    .option("--conllu", "read CoNLL-U and keep its sentences and tokens")
    .addHelpText("after", EXAMPLES)
    .action((file: string, options: { conllu?: boolean }) => {
      let content: string;
      try {
        content = readFileSync(file === "-" ? 0 : file, "utf8");
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
        process.stderr.write(`dyad parse: cannot read ${file}: ${reason}\n`);
        process.exitCode = 2;
        return;
      }
      try {
        if (options.conllu) printConllu(content, file);
        else printText(content);
      } catch (error) {
        process.stderr.write(`dyad parse: ${(error as Error).message}\n`);
        process.exitCode = 2;
      }
    });
}

function printText(text: string): void {
  parse(text).forEach((sentence, i) => {
    process.stdout.write(`${formatParsedSentence(text, i + 1, sentence.tokens)}\n`);
  });
}

function printConllu(content: string, file: string): void {
  for (const sentence of readConllu(content, file)) {
    const analyses = analyzeWords(sentence.words.map((w) => w.form));
    process.stdout.write(`${writeConlluSentence(sentence, analyses)}\n`);
  }
}
