// Batch analysis (dyad extract, dyad ingest) keeps a small live heap, the knowledge base and the parser's
// model, and makes garbage that dies with each article. Between full collections V8 lets the heap grow to
// several times the live size (a peak RSS near 390 MB over 1,000 articles, 75 MB of it live); growing it by
// half at most keeps the peak near 300 MB, for one or two more full collections per thousand articles.
import { setFlagsFromString } from "node:v8";

export const BATCH_HEAP_GROWING_PERCENT = 50;

/** Sets V8's heap growing factor for this process (the flag is read at each full collection). */
export function keepHeapNearLive(): void {
  setFlagsFromString(`--heap-growing-percent=${BATCH_HEAP_GROWING_PERCENT}`);
}
