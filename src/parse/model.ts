// A loaded model: tagger, lemmatizer, parser and labeller together, analysing one sentence's words.

import { readFileSync } from "node:fs";
import { type CompiledScorer, compileWeights, type WeightRows, type WeightTable } from "./compiled-weights.ts";
import { Labeller } from "./labeller.ts";
import { Lemmatizer, openingWord, perfectHave } from "./lemmatizer.ts";
import { type ListRepairLabels, listRepairLabels, repairCoordinatedModifiers, repairLists } from "./list-repairs.ts";
import { decodeModel, freeNow, type ModelHeader, type Pruning } from "./model-file.ts";
import { DependencyParser, parserInput } from "./parser.ts";
import type { ParserInput } from "./parser-features.ts";
import type { SparseWeights } from "./perceptron.ts";
import { repairVerblessSentence, type TagRepairIds, tagRepairIds } from "./tag-repairs.ts";
import { Tagger } from "./tagger.ts";
import { PAD, WordHashes } from "./word-features.ts";

/**
 * Version of the feature extractors (tagger, parser, labeller). Weights are only meaningful for the
 * features they were trained with: change this number whenever a feature is added, removed or changed.
 */
export const FEATURE_SET = 2;

/**
 * Per classifier, the largest |vote| a feature row needs to be kept at run time: about one update's worth,
 * which most features never got past. Chosen on EWT dev, gold tokens (UPOS, UAS and LAS within 0.1 of the
 * unpruned model), the tables keep 67% of the tagger's rows, 42% of the parser's and 24% of the labeller's.
 * Files that do not record their own pruning (header.pruning) get these at load.
 */
export const PRUNING: Pruning = { tagger: 0.9, parser: 1, labeller: 1.8 };

export interface WordAnalysis {
  upos: string;
  xpos: string;
  lemma: string;
  /** Index of the head word in the sentence, -1 for the root. */
  head: number;
  deprel: string;
}

/**
 * A loaded model as data another thread can take (a worker's workerData): the header, copied when posted, and
 * the three tables in shared memory, which are not.
 */
export interface SharedParserModel {
  header: ModelHeader;
  tagger: WeightTable;
  parser: WeightTable;
  labeller: WeightTable;
}

type ClassifierWeights = WeightRows | SparseWeights | WeightTable;

export class ParserModel {
  readonly tagger: Tagger;
  readonly lemmatizer: Lemmatizer;
  readonly parser: DependencyParser;
  readonly labeller: Labeller;
  private readonly upos: string[];
  private workspace = workspace(64);
  private readonly xpos: string[];
  private readonly listRepairs: ListRepairLabels;
  private readonly tagRepairs: TagRepairIds;
  private readonly tables: { tagger: CompiledScorer; parser: CompiledScorer; labeller: CompiledScorer };

  /**
   * Compiles the weights into run-time tables (the sparse weights themselves are not kept), or scores with
   * tables another model built (SharedParserModel).
   */
  constructor(
    readonly header: ModelHeader,
    weights: { tagger: ClassifierWeights; parser: ClassifierWeights; labeller: ClassifierWeights },
  ) {
    this.tables = {
      tagger: compileWeights(weights.tagger),
      parser: compileWeights(weights.parser),
      labeller: compileWeights(weights.labeller),
    };
    this.tagger = new Tagger(header.tags, this.tables.tagger, new Map(header.tagDictionary ?? []));
    this.lemmatizer = new Lemmatizer(header.lemmatizer);
    this.parser = new DependencyParser(this.tables.parser);
    const functionTag = new Uint8Array(header.tags.length + 2);
    for (const t of header.functionTags) functionTag[t] = 1;
    const punctuation = Uint8Array.from(header.tags, (t) => (t.startsWith("PUNCT\t") ? 1 : 0));
    this.labeller = new Labeller(header.labels, functionTag, this.tables.labeller, punctuation);
    this.upos = header.tags.map((t) => t.split("\t")[0]);
    this.xpos = header.tags.map((t) => t.split("\t")[1]);
    this.listRepairs = listRepairLabels(header.labels);
    this.tagRepairs = tagRepairIds(header.tags);
  }

  static load(path: string): ParserModel {
    const file = readFileSync(path);
    const model = ParserModel.decode(file, path);
    freeNow(file);
    return model;
  }

  static decode(file: Buffer, source: string): ParserModel {
    const parts = decodeModel(file, source, (header) => header.pruning ?? PRUNING);
    if (parts.header.features !== FEATURE_SET)
      throw new Error(
        `${source} was trained with feature set ${parts.header.features ?? 1}, but this dyad computes feature set ${FEATURE_SET}: retrain it with npm run train:parser`,
      );
    const model = new ParserModel(parts.header, parts);
    parts.release(); // the tables are built: the rows are not read again
    return model;
  }

  /** This model for another thread: `new ParserModel(shared.header, shared)` there scores with the same tables. */
  shared(): SharedParserModel {
    const { tagger, parser, labeller } = this.tables;
    return { header: this.header, tagger: tagger.table, parser: parser.table, labeller: labeller.table };
  }

  /** Tags, lemmas and a labelled tree for one sentence's words. */
  analyze(forms: readonly string[]): WordAnalysis[] {
    return this.analyzeWith(forms, (_, upos, xpos, lemma, head, deprel) => ({ upos, xpos, lemma, head, deprel }));
  }

  /** The same analysis, each word's made into the caller's object (one object a word, no copy). */
  analyzeWith<T>(
    forms: readonly string[],
    make: (i: number, upos: string, xpos: string, lemma: string, head: number, deprel: string) => T,
  ): T[] {
    if (forms.length === 0) return [];
    return this.parseTagged(forms, this.tagInWorkspace(forms), make);
  }

  /**
   * The analysis of `forms` that differ from an analysed sentence's words only in letter case (`before`, word
   * for word). The parser and the labeller read lower-cased words and the tags, so where the tagger gives every
   * word the tag it gave before, the tree is the one before, and only the lemmas are made again.
   */
  reanalyzeWith<T>(
    forms: readonly string[],
    before: readonly Pick<WordAnalysis, "upos" | "xpos" | "head" | "deprel">[],
    make: (i: number, upos: string, xpos: string, lemma: string, head: number, deprel: string) => T,
  ): T[] {
    const n = forms.length;
    if (n === 0) return [];
    const tags = this.tagInWorkspace(forms);
    let same = before.length === n;
    for (let i = 0; same && i < n; i++)
      same = this.upos[tags[i]] === before[i].upos && this.xpos[tags[i]] === before[i].xpos;
    if (!same) return this.parseTagged(forms, tags, make);
    const out: T[] = new Array(n);
    const opening = openingWord(forms);
    for (let i = 0; i < n; i++) {
      const { upos, xpos, head, deprel } = before[i];
      const lemma = perfectHave(forms, i, this.lemmatizer.lemma(forms[i], xpos, i === opening));
      out[i] = make(i, upos, xpos, lemma, head, deprel);
    }
    return out;
  }

  /** Tags `forms` into the workspace's arrays (their hashes stay there for the parser). */
  private tagInWorkspace(forms: readonly string[]): Int32Array {
    const n = forms.length;
    // One set of arrays per model, grown for the longest sentence so far: a sentence allocates no typed
    // arrays, which would otherwise pile up as garbage outside the heap between collections.
    if (this.workspace.tags.length < n) this.workspace = workspace(Math.max(n, 2 * this.workspace.tags.length));
    const w = this.workspace;
    const tags = this.tagger.tag(forms, w.hashes.set(forms), w.tags);
    repairVerblessSentence(forms, w.hashes, tags, this.tagger, this.tagRepairs);
    return tags;
  }

  /** The tree, labels and lemmas of words the tagger has tagged (tags in the workspace's hashes' order). */
  private parseTagged<T>(
    forms: readonly string[],
    tags: Int32Array,
    make: (i: number, upos: string, xpos: string, lemma: string, head: number, deprel: string) => T,
  ): T[] {
    const n = forms.length;
    const w = this.workspace;
    const hashes = w.hashes;
    w.input = parserInput(forms, tags, this.header.tags, hashes.word.subarray(PAD, PAD + n), w.input);
    const heads = this.parser.parse(w.input, n, w.heads).subarray(0, n);
    const labels = this.labeller.label(w.input, heads, w.labels);
    repairLists(n, forms, heads, labels, this.listRepairs);
    repairCoordinatedModifiers(n, (i) => this.upos[tags[i]], heads, labels, this.listRepairs);
    const out: T[] = new Array(n);
    const opening = openingWord(forms);
    for (let i = 0; i < n; i++) {
      const xpos = this.xpos[tags[i]];
      const lemma = perfectHave(forms, i, this.lemmatizer.lemma(forms[i], xpos, i === opening));
      out[i] = make(i, this.upos[tags[i]], xpos, lemma, heads[i], this.header.labels[labels[i]]);
    }
    return out;
  }
}

interface Workspace {
  hashes: WordHashes;
  tags: Int32Array;
  input: ParserInput | undefined;
  heads: Int32Array;
  labels: Int32Array;
}

function workspace(words: number): Workspace {
  return {
    hashes: new WordHashes(),
    tags: new Int32Array(words),
    input: undefined,
    heads: new Int32Array(words),
    labels: new Int32Array(words),
  };
}
