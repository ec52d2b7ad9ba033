// Process settings for analysis on worker threads (`dyad extract --threads N`), which only take effect when
// set before the process starts: so such a run starts itself again, once, with them. Plain JavaScript, read
// by bin/dyad.mjs before tsx loads, so that the process that waits holds nothing but node itself.
//
// - MALLOC_ARENA_MAX=2: glibc gives each thread that contends for malloc an arena of its own (up to 8 a
//   core) and keeps their high-water memory; the analysis threads, V8's helpers and the reading thread
//   held about 40 MB in them over 1,000 articles.
// - --max-semi-space-size=2: the reading thread's young generation (V8 grows it to 16 MB a semi-space, some
//   34 MB resident, for what only reads files and writes lines). The analysis threads set their own
//   (analysis-pool.ts), so this one reaches only the reading thread and tsx's loader threads.
// - --no-concurrent-recompilation: V8's helper threads spent about a quarter of the process's CPU optimising
//   code again and again in the background (per-thread ticks from /proc, 15 s of a run at 2 threads: 342
//   of 1,004 ticks; 64 of 722 without it, the analysis threads' own ticks about the same).
import { spawn } from "node:child_process";

export const THREAD_ENV = { MALLOC_ARENA_MAX: "2" };
export const THREAD_NODE_FLAGS = ["--max-semi-space-size=2", "--no-concurrent-recompilation"];
/** Set in the started process: it runs with the settings and starts nothing again. */
const STARTED_WITH_SETTINGS = "DYAD_THREAD_SETTINGS";

/** The thread count a `dyad` command line asks of `dyad extract` (`--threads N` or `--threads=N`); 1 otherwise. */
export function extractThreads(args) {
  if (args[0] !== "extract") return 1;
  for (let i = 1; i < args.length; i++) {
    if (args[i] === "--") break;
    const given = args[i] === "--threads" ? args[i + 1] : args[i].startsWith("--threads=") ? args[i].slice(10) : null;
    if (given !== null) return Number(given) || 1;
  }
  return 1;
}

/**
 * With more than one analysis thread, runs this same command (node's own flags, script and arguments) again
 * with the settings and ends with its exit code: the returned promise never settles in the starting process.
 * Resolves at once where the settings are in place or not wanted. stdin, stdout and stderr are the child's.
 */
export function withThreadSettings(threads) {
  if (threads < 2 || process.env[STARTED_WITH_SETTINGS] !== undefined) return Promise.resolve();
  const env = { ...process.env, [STARTED_WITH_SETTINGS]: "1" };
  // a MALLOC_ARENA_MAX the user set stands
  for (const [name, value] of Object.entries(THREAD_ENV)) env[name] ??= value;
  const args = [...THREAD_NODE_FLAGS, ...process.execArgv, ...process.argv.slice(1)];
  const child = spawn(process.execPath, args, { env, stdio: "inherit" });
  // Ctrl-C reaches the whole process group: the child decides how to end; a signal sent to this process alone is passed on
  process.on("SIGINT", () => {});
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  return new Promise(() => {
    child.on("error", (error) => {
      process.stderr.write(`dyad: could not start the analysis process: ${error.message}\n`);
      process.exit(1);
    });
    child.on("exit", (code, signal) => {
      if (signal) {
        process.removeAllListeners(signal);
        process.kill(process.pid, signal);
      }
      process.exit(code ?? 1);
    });
  });
}
