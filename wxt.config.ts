import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { matchPatterns } from './utils/reading-list';
import { OCR_ASSETS } from './utils/pdf/ocr-assets';

const OCR_POLICY = "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';";
const READER_RESOURCES = ['reader-card.js', 'reader-worker.js', 'reader-notes.js', 'reader-analysis.js'] as const;

// The single source of the manifest: WXT merges what each entry point declares with this.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  hooks: {
    // The PDF viewer's optional OCR runs from files packaged with Soi (no CDN, no request out): they
    // are copied from node_modules at build time, so the repository holds no binary data.
    'build:publicAssets': (_wxt, files) => {
      for (const [relativeDest, from] of Object.entries(OCR_ASSETS)) files.push({ absoluteSrc: resolve('node_modules', from), relativeDest });
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: ({ browser }) => ({
    // OCR's WebAssembly (tesseract.js, in Soi's own PDF viewer) needs 'wasm-unsafe-eval'; only
    // extension pages get it, content scripts keep the page's policy.
    content_security_policy: browser === 'firefox' ? OCR_POLICY : { extension_pages: OCR_POLICY },
    // Name and description come from public/_locales, Vietnamese by default.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    // chrome.sidePanel.open (the notebook from the card and the context menu) arrived in Chrome 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    // declarativeNetRequestWithHostAccess: the PDF viewer opens by itself for PDFs on the reading
    // list (a redirect rule, only where the browser matches response headers); no install warning.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel', 'declarativeNetRequestWithHostAccess'])],
    // The PDF viewer fetches PDFs from the reading list (an extension page is bound by CORS without
    // them); the reader already runs on these sites, so this asks for nothing more.
    ...(browser === 'firefox' ? {} : { host_permissions: matchPatterns() }),
    // A site the reader adds to the reading list is asked for then, one site at a time (Firefox MV2
    // lists host permissions among optional_permissions).
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    // Loaded by the reader content script when needed: the card UI on first use, the analysis
    // worker, and the analysis for the page's thread where a page refuses workers. Chrome serves
    // them under a per-session id (use_dynamic_url) so a page cannot probe for Soi by a fixed
    // address; Firefox gives every install its own id already and does not know the key.
    web_accessible_resources:
      browser === 'firefox'
        ? [...READER_RESOURCES]
        : [
            { resources: [...READER_RESOURCES], matches: ['<all_urls>'], use_dynamic_url: true },
            // A reading-list site's PDF is redirected to the viewer (background/pdf-opening.ts): the
            // redirect names its fixed address, so it is reachable from those sites only.
            { resources: ['pdf.html'], matches: matchPatterns() },
          ],
    // The toolbar button's shortcut: read this page now, or stop reading this site.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandRead__',
      },
      // The notebook's shortcut: clip the figures in the selection (utils/background/notebook-service.ts).
      'clip-selection': { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_commandClip__' },
    },
    action: { default_title: '__MSG_actionTitle__', default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' } },
    // Firefox wants a stable add-on id and a statement that Soi collects nothing; the minimum
    // versions are the first ones that understand that statement.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'soi@soi.example', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
