// How the ingest queue behaves, in one place: the queue's name, how long a job may stay active before it is
// presumed lost (its worker was killed) and retried, how often it is retried, how often expiry is checked.
// Defaults suit production; tests and benchmarks shorten them through options or DYAD_QUEUE_* variables.
export const INGEST_QUEUE = "dyad-ingest";

export interface QueueSettings {
  /** Seconds a fetched job may stay active; after that, expiry hands it to another worker. */
  expireInSeconds: number;
  /** How many times a failed or expired job is tried again before it is kept as failed. */
  retryLimit: number;
  /** Seconds between a failure and the retry. */
  retryDelaySeconds: number;
  /** Seconds between expiry checks (pg-boss maintenance), in every worker. */
  maintenanceIntervalSeconds: number;
  /** Seconds an idle worker waits before asking for jobs again. */
  pollingIntervalSeconds: number;
}

export const DEFAULT_QUEUE_SETTINGS: QueueSettings = {
  expireInSeconds: 300,
  retryLimit: 2,
  retryDelaySeconds: 10,
  maintenanceIntervalSeconds: 30,
  pollingIntervalSeconds: 1,
};

const ENVIRONMENT_NAMES: Record<keyof QueueSettings, string> = {
  expireInSeconds: "DYAD_QUEUE_EXPIRE_SECONDS",
  retryLimit: "DYAD_QUEUE_RETRY_LIMIT",
  retryDelaySeconds: "DYAD_QUEUE_RETRY_DELAY_SECONDS",
  maintenanceIntervalSeconds: "DYAD_QUEUE_MAINTENANCE_SECONDS",
  pollingIntervalSeconds: "DYAD_QUEUE_POLLING_SECONDS",
};

// pg-boss's own lower bounds: expiry and maintenance at least 1 s, polling at least 0.5 s.
const MINIMUM: Record<keyof QueueSettings, number> = {
  expireInSeconds: 1,
  retryLimit: 0,
  retryDelaySeconds: 0,
  maintenanceIntervalSeconds: 1,
  pollingIntervalSeconds: 0.5,
};

/** Settings from DYAD_QUEUE_* variables over the defaults; a malformed value is a RangeError naming it. */
export function queueSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const settings = { ...DEFAULT_QUEUE_SETTINGS };
  for (const key of Object.keys(ENVIRONMENT_NAMES) as (keyof QueueSettings)[]) {
    const raw = env[ENVIRONMENT_NAMES[key]];
    if (raw === undefined || raw === "") continue;
    settings[key] = checkedSetting(ENVIRONMENT_NAMES[key], raw, MINIMUM[key], key !== "pollingIntervalSeconds");
  }
  return settings;
}

/** A whole number (or, for polling, any number) at least `minimum`; else a RangeError (a usage error to the CLI) naming `label`. */
export function checkedSetting(label: string, raw: string, minimum: number, whole = true): number {
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value) || (whole && !Number.isInteger(value)) || value < minimum) {
    throw new RangeError(
      `${label} must be ${whole ? "a whole number" : "a number"} of at least ${minimum}, not "${raw}"`,
    );
  }
  return value;
}
