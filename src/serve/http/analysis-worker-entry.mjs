// A worker thread's entry: TypeScript through tsx, as bin/dyad.mjs runs the CLI, then the analysis worker.
import { register } from "tsx/esm/api";

register();
await import("./analysis-worker.ts");
