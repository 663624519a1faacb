import { defineConfig } from 'wxt';

// The single source of the manifest: WXT merges what each entry point declares with this.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: ({ browser }) => ({
    name: 'Soi',
    description: 'Marks indicator figures and document references on Vietnamese provincial pages and keeps a notebook to compare them.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: 'Soi' },
  }),
});
