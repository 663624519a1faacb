/**
 * A worker has no extension API, and this one never calls it; but the backup's schemas come from
 * utils/messaging.ts, which loads webextension-polyfill, and the polyfill refuses to load where
 * `chrome.runtime.id` is missing. Give it the extension's id (the worker's host) and nothing else.
 * Imported first, before any module that loads the polyfill.
 */
const scope = globalThis as unknown as { chrome?: { runtime?: { id?: string } } };
scope.chrome ??= { runtime: { id: location.hostname } };
