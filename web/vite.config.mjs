// The console's build: two pages (the console and the API explorer), every asset from node_modules.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  // Vite 8 transforms TSX with oxc; React's automatic runtime needs no plugin for a production build.
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: { console: here('index.html'), explorer: here('explorer.html') },
      // framer-motion (inside GraphiQL) marks its modules "use client"; meaningless in a plain SPA.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // `npm run console:dev`: the API from `npm start` on port 4000.
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
