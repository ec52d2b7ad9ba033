#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so that `npx dyad` works without a build step. `dyad extract --threads N`
// first starts itself again with the settings its threads need (src/serve/cli/thread-settings.mjs); tsx is
// imported after, so that the process that only waits for it never loads tsx.
import { extractThreads, withThreadSettings } from "../src/serve/cli/thread-settings.mjs";

await withThreadSettings(extractThreads(process.argv.slice(2)));
const { register } = await import("tsx/esm/api");
register();
await import("../src/serve/cli/main.ts");
