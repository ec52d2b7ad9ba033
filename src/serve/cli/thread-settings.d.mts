// Types of thread-settings.mjs (plain JavaScript, read before tsx loads).
export declare const THREAD_ENV: Readonly<Record<string, string>>;
export declare const THREAD_NODE_FLAGS: readonly string[];
export declare function extractThreads(args: readonly string[]): number;
export declare function withThreadSettings(threads: number): Promise<void>;
