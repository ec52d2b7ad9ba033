// The command-line reading the UD scripts share: `--name value` options and the first bare argument.

export function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

/** The first argument that is neither an option nor an option's value (the UD folder). */
export function positional(): string | undefined {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith("--")) i++;
    else return args[i];
  }
  return undefined;
}
