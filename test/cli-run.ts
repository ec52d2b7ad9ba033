// Runs the real dyad CLI as a child process, the way a user would, for the CLI tests.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

export const DYAD_BIN = fileURLToPath(new URL("../bin/dyad.mjs", import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runDyad(
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, DYAD_DB: "", DYAD_DATABASE_URL: "", ...options.env };
    const child = execFile(
      process.execPath,
      [DYAD_BIN, ...args],
      { cwd: options.cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== "number") return reject(error);
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? "");
  });
}
