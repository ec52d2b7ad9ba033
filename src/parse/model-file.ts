// The model file: "DYADPARSE" and a format version, then one zlib-deflated block holding a JSON header
// (tag set, labels, lemmatizer tables, abbreviations) and the three classifiers' sparse weights,
// quantised to 16 bits per vote. Loading it is a read, an inflate and three table builds.
import { deflateSync, inflateSync } from "node:zlib";
import type { WeightRows } from "./compiled-weights.ts";
import type { LemmatizerData } from "./lemmatizer.ts";
import type { SparseWeights } from "./perceptron.ts";

const MAGIC = "DYADPARSE";
export const MODEL_FORMAT = 1;
const INFLATE_CHUNK = 32 * 1024 * 1024;

export interface ModelHeader {
  format: number;
  /** The feature extractors' version the weights were trained with (FEATURE_SET in model.ts). */
  features?: number;
  /** What it was trained on, when, and its dev scores: for people reading the file. */
  about: Record<string, unknown>;
  /** "UPOS\tXPOS" per tagger class. */
  tags: string[];
  labels: string[];
  functionTags: number[];
  lemmatizer: LemmatizerData;
  /** Words that keep their full stop as part of the token ("Mr.", "Inc."), as the treebanks write them. */
  abbreviations: string[];
  /** Words that start a sentence even after an abbreviation ("in the U.S. The next day"). */
  sentenceOpeners?: string[];
  /** [form, tag id]: words the tagger tags without scoring (tag-dictionary.ts); absent in older files. */
  tagDictionary?: [string, number][];
  /** The thresholds the weights were pruned with before saving; absent in files saved unpruned. */
  pruning?: Pruning;
}

/** Per classifier, the smallest largest-|vote| of a feature row that is kept (pruneWeights). */
export interface Pruning {
  tagger: number;
  parser: number;
  labeller: number;
}

export interface ModelParts {
  header: ModelHeader;
  tagger: SparseWeights;
  parser: SparseWeights;
  labeller: SparseWeights;
}

export function encodeModel(parts: ModelParts): Buffer {
  const header = Buffer.from(JSON.stringify(parts.header), "utf8");
  const blocks: Buffer[] = [u32(header.length), header];
  for (const weights of [parts.tagger, parts.parser, parts.labeller]) blocks.push(...encodeWeights(weights));
  const body = deflateSync(Buffer.concat(blocks), { level: 9 });
  return Buffer.concat([Buffer.from(MAGIC, "ascii"), Buffer.from([MODEL_FORMAT]), body]);
}

/** What loading reads: the header and each classifier's (pruned) rows, read straight from the file. */
export interface ModelRows {
  header: ModelHeader;
  tagger: WeightRows;
  parser: WeightRows;
  labeller: WeightRows;
  /** Frees the inflated file the rows read from (freeNow): call it once the tables are built. */
  release(): void;
}

/**
 * The model in `file`, its weights without the rows that `pruning(header)` drops. The rows are read from
 * the inflated file when a table is built from them, so loading never holds a copy of the weights.
 */
export function decodeModel(
  file: Buffer,
  source: string,
  pruning: (header: ModelHeader) => Pruning = () => ({ tagger: 0, parser: 0, labeller: 0 }),
): ModelRows {
  const body = inflateBody(file, source);
  const reader = { buffer: body, offset: 0 };
  const headerLength = readU32(reader);
  const header = JSON.parse(body.toString("utf8", reader.offset, reader.offset + headerLength)) as ModelHeader;
  reader.offset += headerLength;
  const minimum = pruning(header);
  const tagger = decodeRows(reader, minimum.tagger);
  const parser = decodeRows(reader, minimum.parser);
  const labeller = decodeRows(reader, minimum.labeller);
  return { header, tagger, parser, labeller, release: () => freeNow(body) };
}

/**
 * Gives `buffer`'s memory back at the next young collection instead of the next full one: the inflated file (19
 * MB) and the file (12 MB) outlive the load in the old generation, and the thread that loads the model for `dyad
 * extract --threads` makes too little garbage to reach a full collection, so it held them for the whole run.
 * Transferring the memory away detaches the buffer; a buffer in Node's pool of small buffers is left alone.
 */
export function freeNow(buffer: Buffer): void {
  if (buffer.buffer.byteLength >= 1 << 16) structuredClone(buffer.buffer, { transfer: [buffer.buffer] });
}

function inflateBody(file: Buffer, source: string): Buffer {
  if (file.subarray(0, MAGIC.length).toString("ascii") !== MAGIC)
    throw new Error(`${source} is not a dyad parser model (it does not start with ${MAGIC})`);
  const format = file[MAGIC.length];
  if (format !== MODEL_FORMAT)
    throw new Error(`${source} is a parser model of format ${format}; this dyad reads format ${MODEL_FORMAT}`);
  // Inflated into one buffer (a model of up to 32 MB inflated): in the default 16 kB chunks, the chunks and
  // their concatenation doubled the inflated body's memory while loading.
  return inflateSync(file.subarray(MAGIC.length + 1), { chunkSize: INFLATE_CHUNK });
}

/**
 * The model file with its header changed by `edit` and every weight byte as it was: retraining one part that
 * lives in the header (the lemmatizer, scripts/train-lemmatizer.ts) without retraining the classifiers.
 */
export function replaceHeader(file: Buffer, source: string, edit: (header: ModelHeader) => ModelHeader): Buffer {
  const body = inflateBody(file, source);
  const headerLength = body.readUInt32LE(0);
  const header = JSON.parse(body.toString("utf8", 4, 4 + headerLength)) as ModelHeader;
  const edited = Buffer.from(JSON.stringify(edit(header)), "utf8");
  const weights = body.subarray(4 + headerLength);
  const deflated = deflateSync(Buffer.concat([u32(edited.length), edited, weights]), { level: 9 });
  return Buffer.concat([Buffer.from(MAGIC, "ascii"), Buffer.from([MODEL_FORMAT]), deflated]);
}

function u32(value: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(value);
  return b;
}

function encodeWeights(w: SparseWeights): Buffer[] {
  let largest = 0;
  for (const v of w.value) largest = Math.max(largest, Math.abs(v));
  const scale = largest > 0 ? largest / 32767 : 1;
  const quantised = Int16Array.from(w.value, (v) => Math.round(v / scale));
  const fixed = Buffer.alloc(16);
  fixed.writeUInt32LE(w.classes, 0);
  fixed.writeUInt32LE(w.keys.length, 4);
  fixed.writeUInt32LE(w.value.length, 8);
  fixed.writeFloatLE(scale, 12);
  // Deltas of the row starts are small numbers, which deflate packs far better than offsets.
  const counts = new Uint8Array(w.keys.length);
  for (let r = 0; r < w.keys.length; r++) counts[r] = w.rowStart[r + 1] - w.rowStart[r];
  return [fixed, bytes(w.keys), Buffer.from(counts), Buffer.from(w.classOf), bytes(quantised)];
}

function bytes(array: Uint32Array | Int16Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

interface Reader {
  buffer: Buffer;
  offset: number;
}

function readU32(r: Reader): number {
  const v = r.buffer.readUInt32LE(r.offset);
  r.offset += 4;
  return v;
}

/**
 * One classifier's rows whose largest |vote| is at least `minimum` (as pruneWeights keeps them), as
 * WeightRows over the inflated file: the votes stay the file's 16-bit integers.
 */
function decodeRows(r: Reader, minimum: number): WeightRows {
  const classes = readU32(r);
  const rows = readU32(r);
  const entries = readU32(r);
  const scale = r.buffer.readFloatLE(r.offset);
  r.offset += 4;
  const body = r.buffer;
  const data = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const keysAt = r.offset;
  const countsAt = keysAt + rows * 4;
  const classesAt = countsAt + rows;
  const valuesAt = classesAt + entries;
  r.offset = valuesAt + entries * 2;
  // A row is kept by its largest vote as a 32-bit float, the value pruning compares in training.
  const keep = new Uint8Array(rows);
  let keptRows = 0;
  let keptVotes = 0;
  for (let row = 0, entry = 0; row < rows; row++) {
    const count = body[countsAt + row];
    let largest = 0;
    for (let k = entry; k < entry + count; k++)
      largest = Math.max(largest, Math.abs(data.getInt16(valuesAt + 2 * k, true)));
    entry += count;
    if (Math.fround(largest * scale) < minimum) continue;
    keep[row] = 1;
    keptRows++;
    keptVotes += count;
  }
  const classOf = new Uint8Array(Math.max(classes, 1));
  const votes = new Int16Array(Math.max(classes, 1));
  return {
    classes,
    rows: keptRows,
    votes: keptVotes,
    eachRow(visit) {
      for (let row = 0, entry = 0; row < rows; row++) {
        const count = body[countsAt + row];
        if (keep[row]) {
          for (let k = 0; k < count; k++) {
            classOf[k] = body[classesAt + entry + k];
            votes[k] = data.getInt16(valuesAt + 2 * (entry + k), true);
          }
          visit(data.getUint32(keysAt + 4 * row, true), classOf, votes, count);
        }
        entry += count;
      }
    },
  };
}
