// Analysis off the request thread: `dyad serve` hands each posted article to a pool of worker threads, so
// reads stay fast while a large article is analysed. Workers start on the first article (a read-only server
// starts none); an analysis over the hard time limit has its worker stopped and replaced.
import { Worker } from "node:worker_threads";
import type { ReadArticle } from "../../ingest/article.ts";
import type { ArticleFields } from "../../ingest/article-from-fields.ts";
import { InputError, type InputErrorCode } from "../../ingest/input-errors.ts";
import { loadParserModel } from "../../parse/index.ts";
import type { ArticleRecord } from "../../record/record.ts";
import type { AnalysisTask, AnalysisWorkerData } from "./analysis-worker.ts";

interface Job {
  id: number;
  task: AnalysisTask;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

interface WorkerReply {
  id: number;
  result?: unknown;
  error?: string;
  inputError?: { code: InputErrorCode; input: string };
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export class AnalysisTimeoutError extends Error {}

/**
 * An analysis makes garbage that dies with its article: a small young generation collects it as well as V8's
 * default (up to 16 MB a semi-space, about 33 MB resident a thread) and keeps each thread about 30 MB smaller.
 */
const WORKER_YOUNG_GENERATION_MB = 6;

export class AnalysisPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  /** `size` threads; an article analysed longer than `timeoutMs` fails with AnalysisTimeoutError. */
  constructor(
    private readonly size: number,
    private readonly timeoutMs = 120_000,
  ) {}

  /** Reads an article's bytes (decoding, HTML extraction and the rest take time on a large article too). */
  read(input: string, bytes: Uint8Array, format?: "text" | "html"): Promise<ReadArticle> {
    return this.run({ task: "read", input, bytes, format }) as Promise<ReadArticle>;
  }

  /** Reads an article given as fields (the API's JSON). */
  readFields(input: string, fields: ArticleFields): Promise<ReadArticle> {
    return this.run({ task: "fields", input, fields }) as Promise<ReadArticle>;
  }

  analyze(article: ReadArticle): Promise<ArticleRecord> {
    return this.run({ task: "analyze", article }) as Promise<ArticleRecord>;
  }

  private run(task: AnalysisTask): Promise<unknown> {
    if (this.closed) return Promise.reject(new Error("the analysis pool is closed"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("the server is stopping"));
    await Promise.all(this.slots.splice(0).map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => s.job === null) ?? this.startWorker();
      if (!slot) return; // every thread busy: the job waits in the queue
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.timer = setTimeout(() => this.timeOut(slot), this.timeoutMs);
      slot.worker.postMessage({ id: job.id, task: job.task });
    }
  }

  private startWorker(): Slot | null {
    if (this.slots.length >= this.size) return null;
    // Every thread scores with this thread's parser model, in shared memory: loaded once, not once a thread.
    const workerData: AnalysisWorkerData = { parserModel: loadParserModel().shared() };
    const worker = new Worker(new URL("./analysis-worker-entry.mjs", import.meta.url), {
      workerData,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    worker.unref(); // an idle pool never keeps the process alive
    const slot: Slot = { worker, job: null, timer: null };
    worker.on("message", (reply: WorkerReply) => {
      const job = this.finish(slot);
      if (!job || job.id !== reply.id) return;
      if (reply.error === undefined) job.resolve(reply.result);
      else job.reject(rebuiltError(reply));
      this.dispatch();
    });
    worker.on("error", (error) => this.replace(slot, error));
    worker.on("exit", (code) => this.replace(slot, new Error(`the analysis thread exited (${code})`)));
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot): Job | null {
    if (slot.timer) clearTimeout(slot.timer);
    const job = slot.job;
    slot.job = null;
    slot.timer = null;
    return job;
  }

  private timeOut(slot: Slot): void {
    const job = slot.job;
    this.replace(slot, new AnalysisTimeoutError(`the analysis ran over ${this.timeoutMs / 1000} s and was stopped`));
    void slot.worker.terminate();
    if (job) this.dispatch();
  }

  /** Fails the slot's job, if any, and drops the slot; the next dispatch starts a fresh thread. */
  private replace(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    this.finish(slot)?.reject(error);
    if (!this.closed) this.dispatch();
  }
}

/** The worker's error on this side: an InputError keeps its code and exact message. */
function rebuiltError(reply: WorkerReply): Error {
  const message = reply.error ?? "the analysis failed";
  if (!reply.inputError) return new Error(message);
  const error = new InputError(reply.inputError.code, reply.inputError.input);
  error.message = message;
  return error;
}
