/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * sh-syntax loads Go's WebAssembly runtime from `vendors/wasm_exec.cjs` for its side effects, but its
 * package.json lists `wasm_exec.js` under sideEffects, so the bundler drops the import and the parser
 * fails with "Go is not defined". Mark the real file as having side effects.
 */
function keepGoRuntime(): Plugin {
  return {
    name: 'vgcopy:keep-go-runtime',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.includes('wasm_exec')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved ? { ...resolved, moduleSideEffects: true } : null;
    },
  };
}

// The backend binds to 127.0.0.1 by default; `localhost` may resolve to ::1, where nothing listens.
const backend = `http://127.0.0.1:${process.env.PORT ?? 8080}`;

export default defineConfig({
  plugins: [keepGoRuntime(), react(), tailwindcss()],
  optimizeDeps: { rolldownOptions: { plugins: [keepGoRuntime()] } },
  server: { proxy: { '/api': { target: backend, ws: true } } },
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1200 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
