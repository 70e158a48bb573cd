import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The family portal's first page, rendered to HTML at build time: this builds the module
 * that renders it (for Node, React and Mantine left to node_modules); prerender.mjs then
 * writes the page into the web app's build.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    ssr: fileURLToPath(new URL('src/portal/prerender/first-page.tsx', import.meta.url)),
    outDir: fileURLToPath(new URL('../../dist/apps/web-prerender', import.meta.url)),
    emptyOutDir: true,
    // An ES module whatever the package's type, for prerender.mjs to import.
    rolldownOptions: { output: { format: 'es', entryFileNames: '[name].mjs' } },
  },
});
