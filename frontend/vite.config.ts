/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: backend, changeOrigin: false },
      '/q': { target: backend, changeOrigin: false },
    },
  },
  build: {
    target: 'es2022',
    // No source maps in the production build (issue #10): they would publish the original source. A developer
    // who needs them builds with KLIMANETT_SOURCEMAPS=1; the e2e size check (scripts/size.mjs) fails on any .map.
    sourcemap: process.env.KLIMANETT_SOURCEMAPS === '1',
    // The lazily loaded ECharts chunk is large by nature; the budget that matters is scripts/size.mjs.
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // userEvent types character by character and pages load lazily: on a 2-core box busy with a backend
    // build the report form test alone took over 20 s.
    testTimeout: 60_000,
  },
});
