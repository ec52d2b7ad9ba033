// The knowledge base as analyze/ sees it: loaded once per process from knowledge/ and npm data packages.
export interface Knowledge {
  readonly version: string;
}

let cached: Knowledge | null = null;

export function loadKnowledge(): Knowledge {
  cached ??= { version: "0" };
  return cached;
}
