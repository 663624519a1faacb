import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', '.soi-demo/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core must run anywhere: no DOM walking, no extension APIs, nothing of ours above it.
    files: ['utils/extraction/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../*', '@/*', 'wxt/*', 'dexie', 'preact', 'preact/*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome'],
    },
  },
  {
    // Its sub-folders (figures/, references/, data/…) may import each other; still nothing above utils/extraction.
    files: ['utils/extraction/*/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../../*', '@/*', 'wxt/*', 'dexie', 'preact', 'preact/*'] }],
    },
  },
  {
    // Attribution and the checks import only extraction and the UI strings' data: no DOM, browser, storage or UI code.
    files: ['utils/attribution/**/*.ts', 'utils/checks/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '../annotation/*',
            '../notebook/*',
            '../anchoring/*',
            '../background/*',
            '../pdf/*',
            '../reading-list/*',
            '../messaging',
            '../settings',
            '../../components/*',
            '../../entrypoints/*',
            '@/components/*',
            '@/entrypoints/*',
            '@/utils/annotation/*',
            '@/utils/notebook/*',
            'wxt',
            'wxt/*',
            'webextension-polyfill',
            '@wxt-dev/*',
            'happy-dom',
            'dexie',
            'dexie-*',
            'preact',
            'preact/*',
            'uplot',
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    // IndexedDB in a content script belongs to the site: the notebook lives in extension pages.
    files: ['entrypoints/*.content/**', 'entrypoints/*.content.ts', 'utils/annotation/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['dexie', '**/notebook/db*'] }],
    },
  },
  {
    // The reader owns the interfaces its UI implements (card-ui.ts), so the page-side code never
    // depends on components. A later no-restricted-imports replaces an earlier one, hence dexie again.
    files: ['utils/annotation/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['dexie', '**/notebook/db*', '**/components/**', '@/components/**'] }],
    },
  },
);
