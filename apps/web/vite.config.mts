import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocuments } from './graphql-documents.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The advocate console. Built into dist/apps/web, which the api serves at / (same origin as
 * /graphql). No inline script anywhere: the api's CSP allows scripts from 'self' only.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [graphqlDocuments(), react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/web', import.meta.url)),
    emptyOutDir: true,
    // Vite would inline a small module-preload polyfill as a script; it is not needed by
    // the browsers we support and an inline script would break under the CSP.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // .vite/manifest.json: which chunks each page loads, for `npm run bench:web-size`.
    manifest: true,
    // React, Mantine, Apollo, the router and i18next make a ~220 KB (gzipped) entry; the
    // budget is checked by `npm run bench:web-size`, not by this warning.
    chunkSizeWarningLimit: 800,
    // The family portal is its own small entry (portal.html, src/portal/): a parent on a
    // phone downloads none of the console.
    rolldownOptions: {
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        portal: fileURLToPath(new URL('portal.html', import.meta.url)),
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:3000' } },
});
