// Vite builds the analyst's web app from web/ into web/dist, which `dyad serve` serves (no CDN, no network).
import { defineConfig } from "vite";

export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2000, sourcemap: false },
  server: { proxy: { "/api": "http://127.0.0.1:8080", "/export": "http://127.0.0.1:8080" } },
});
