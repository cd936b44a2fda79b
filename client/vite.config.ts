import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The desk serves the built client itself; in `npm run dev:client` Vite proxies
// the API, the public pages and live editing to a desk on port 3000.
const desk = process.env.CLAIMDESK_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 700 },
  server: {
    proxy: {
      '/api': desk,
      '/public': desk,
      '/health': desk,
      '/collab': { target: desk.replace(/^http/, 'ws'), ws: true },
    },
  },
});
