// The web view's build: `vite build ui` (from the package's "build" script) writes dist/ui,
// which `weft ui` serves. elkjs (the graph layout) is loaded only by a run's page, in its own chunk.
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react()],
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("../dist/ui", import.meta.url)),
    emptyOutDir: true,
    // The layout library is one large chunk by itself; everything else stays small.
    chunkSizeWarningLimit: 1800,
    // The timings notice rolldown prints on a slow (shared) machine says nothing about the build.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: { proxy: { "/v1": "http://127.0.0.1:8090" } },
});
