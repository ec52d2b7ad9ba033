// Runs one dyad command in this process, capturing what it writes: the same code path as the real CLI
// without a child process per call (the real binary is exercised in the ingest and demo tests).
import { type Command, CommanderError } from "commander";
import { vi } from "vitest";
import type { CliResult } from "./cli-run.ts";

export async function runCommand(makeCommand: () => Command, args: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const command = makeCommand()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => {
        stdout += text;
      },
      writeErr: (text) => {
        stderr += text;
      },
    });
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  const previousExitCode = process.exitCode;
  process.exitCode = undefined;
  let code = 0;
  try {
    await command.parseAsync(args, { from: "user" });
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    code = error.exitCode;
  } finally {
    out.mockRestore();
    err.mockRestore();
    process.exitCode = previousExitCode;
  }
  return { code, stdout, stderr };
}
