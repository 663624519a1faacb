import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addedPatterns, syncAddedSites } from '@/utils/background/reading-list-scripts';
import { READING_LIST } from '@/utils/reading-list';

/** A browser that remembers grants and registrations, as Chrome and Firefox do. */
function browserWith(grantedOrigins: string[]) {
  const granted = new Set(grantedOrigins);
  let registered: { id: string; matches?: string[]; js?: string[] }[] = [];
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins = [] }) => origins.every((origin) => granted.has(origin)));
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins: [...granted], permissions: [] }));
  vi.spyOn(fakeBrowser.permissions, 'remove').mockImplementation(async ({ origins = [] }) => {
    origins.forEach((origin) => granted.delete(origin));
    return true;
  });
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    registered.filter((script) => !filter?.ids || filter.ids.includes(script.id)),
  );
  vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    registered = registered.filter((script) => !filter?.ids?.includes(script.id));
  });
  vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    registered.push(...scripts);
  });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Soi',
    version: '0.1.0',
    content_scripts: [{ matches: ['*://*.gov.vn/*'], js: ['content-scripts/reader.js'] }],
  });
  return { granted, registered: () => registered };
}

const added = { pattern: '*.tapchicongsan.org.vn', name: 'tapchicongsan.org.vn' };

describe('sites added to the reading list', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
  });

  it('need a registration; the shipped sites do not', () => {
    expect(addedPatterns([...READING_LIST, added])).toEqual(['*://*.tapchicongsan.org.vn/*']);
  });

  it('get the reader once the browser granted them', async () => {
    const browser = browserWith(['*://*.gov.vn/*', '*://*.tapchicongsan.org.vn/*']);
    await syncAddedSites([...READING_LIST, added]);
    expect(browser.registered()).toEqual([expect.objectContaining({ matches: ['*://*.tapchicongsan.org.vn/*'], js: ['content-scripts/reader.js'] })]);
  });

  it('are not read while the reader has not granted them', async () => {
    const browser = browserWith(['*://*.gov.vn/*']);
    await syncAddedSites([...READING_LIST, added]);
    expect(browser.registered()).toEqual([]);
  });

  it('lose the reader and the permission when removed, and the shipped sites keep theirs', async () => {
    const browser = browserWith(['*://*.gov.vn/*', '*://*.tapchicongsan.org.vn/*']);
    await syncAddedSites([...READING_LIST, added]);
    await syncAddedSites(READING_LIST);
    expect(browser.registered()).toEqual([]);
    expect([...browser.granted]).toEqual(['*://*.gov.vn/*']);
  });
});
