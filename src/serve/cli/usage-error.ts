/** A mistake in what the user typed (an unknown actor, a malformed date): one line on stderr, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
