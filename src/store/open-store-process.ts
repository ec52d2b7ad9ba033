// A separate process that opens (and so migrates) SQLite files when its parent says: the migration race test
// starts several and sends them each new file at once. Replies "ok PATH" or "error PATH MESSAGE".
import { openStore } from "./open-store.ts";

process.on("message", async (path: string) => {
  try {
    const store = await openStore(path);
    await store.close();
    process.send?.(`ok ${path}`);
  } catch (error) {
    process.send?.(`error ${path} ${(error as Error).message}`);
  }
});
process.send?.("ready");
