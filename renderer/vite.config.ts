// Builds the kiosk renderer into dist/renderer. Relative base so the same files load from the
// Electron app:// protocol and from the browser host. No inline script in the output (the CSP
// says script-src 'self').
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Plain URL (no node: import: the renderer folder's lint forbids Node built-ins).
const root = decodeURIComponent(new URL('.', import.meta.url).pathname);

export default defineConfig({
  root,
  base: './',
  plugins: [vue()],
  resolve: {
    // simple-keyboard's own build for modern browsers (ESM, no polyfills: Electron's Chromium and
    // the browsers the host serves need none), a third of its default UMD build.
    alias: [
      { find: /^simple-keyboard$/, replacement: 'simple-keyboard/build/index.modern.esm.js' },
    ],
  },
  define: {
    // vue-i18n: composition API only, messages compiled by its JIT compiler (no eval / new Function).
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    __INTLIFY_JIT_COMPILATION__: true,
    __INTLIFY_DROP_MESSAGE_COMPILER__: false,
    __VUE_OPTIONS_API__: false,
    __VUE_PROD_DEVTOOLS__: false,
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: false,
  },
  build: {
    outDir: '../dist/renderer', // relative to root
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    sourcemap: false,
    // dist/renderer/.vite/manifest.json: which chunks the start page loads, for the size check
    // (scripts/check-renderer-size.mjs); the console is a chunk of its own, loaded on demand.
    manifest: true,
    target: 'es2022',
  },
  server: { host: '127.0.0.1' },
});
