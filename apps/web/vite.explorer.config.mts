import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The GraphQL explorer (GraphiQL), served by the api at /graphiql in development. React 19
 * ships no browser-global build, so the explorer is bundled here like the console.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/graphiql/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/apps/graphiql', import.meta.url)),
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: fileURLToPath(new URL('explorer.html', import.meta.url)),
      // GraphiQL's react-compiler-runtime says "use no memo", which only matters to the React
      // compiler (not used here): its warning is noise.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
});
