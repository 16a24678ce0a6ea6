import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// commune-kpi is a `file:../..` dependency: a link to the repository, whose built package (dist/,
// through package.json#exports) is what the app imports. `dedupe` makes zod and decimal.js resolve
// from this app, as with a package installed from the registry, not from the repository's own copy.
export default defineConfig({
  base: './',
  plugins: [react()],
  resolve: { dedupe: ['zod', 'decimal.js'] },
  build: { outDir: 'dist', emptyOutDir: true },
});
