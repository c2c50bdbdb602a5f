import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths are resolved from this file so the build works from any working directory.
const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('./dist', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react()],
  // The pure libs the browser shares with the server: network limits and text weighting, message codes.
  resolve: {
    alias: {
      '@chorus/networks': fileURLToPath(new URL('../../libs/networks/src/index.ts', import.meta.url)),
      '@chorus/messages': fileURLToPath(new URL('../../libs/messages/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir,
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
