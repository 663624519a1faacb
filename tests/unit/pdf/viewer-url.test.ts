import { describe, expect, test } from 'vitest';
import { autoOpenRule, pdfClipAddress, readingListDomains } from '../../../utils/background/pdf-opening';
import { fileNameOf, fileOf, looksLikePdf, pageOf, viewerUrl } from '../../../utils/pdf/viewer-url';

const ROOT = 'chrome-extension://abc/';

describe('the viewer address', () => {
  test('pdf.html?file=<encoded URL> carries any address there and back, page in the hash', () => {
    const file = 'https://so.namdinh.gov.vn/Download.aspx?id=7&name=QĐ 1961.pdf';
    const url = viewerUrl(ROOT, file, 3);
    expect(url.startsWith(`${ROOT}pdf.html?file=${encodeURIComponent('https://so.namdinh.gov.vn/').slice(0, 10)}`)).toBe(true);
    const parsed = new URL(url);
    expect(fileOf(parsed.search)).toEqual({ file: new URL(file).href });
    expect(pageOf(parsed.hash)).toBe(3);
    expect(pageOf('')).toBe(1);
  });

  test('the address a browser redirect puts in unencoded is read whole, query and all', () => {
    expect(fileOf('?file=https://so.gov.vn/van-ban?id=7&kieu=pdf')).toEqual({ file: 'https://so.gov.vn/van-ban?id=7&kieu=pdf' });
  });

  test('no file, or a file that is not on the web or disk, is refused with a reason', () => {
    expect(fileOf('')).toEqual({ error: 'missing' });
    expect(fileOf(`?file=${encodeURIComponent('javascript:alert(1)')}`)).toEqual({ error: 'unsupported' });
    expect(fileOf('?file=not a url')).toEqual({ error: 'unsupported' });
  });

  test('the download keeps the file name, and PDFs are told by their path', () => {
    expect(fileNameOf('https://so.gov.vn/files/K%E1%BA%BF%20ho%E1%BA%A1ch.pdf?v=2')).toBe('Kế hoạch.pdf');
    expect(fileNameOf('https://so.gov.vn/')).toBe('document.pdf');
    expect(looksLikePdf('https://so.gov.vn/a/B.PDF?x=1')).toBe(true);
    expect(looksLikePdf('https://so.gov.vn/a/pdf-viewer')).toBe(false);
  });

  test('open at source sends a PDF clip to its page, naming the file it was made on', () => {
    const url = new URL(pdfClipAddress(ROOT, 'https://so.gov.vn/a.pdf', { fingerprint: 'f00d', page: 4 }));
    expect(fileOf(url.search)).toEqual({ file: 'https://so.gov.vn/a.pdf' });
    expect(pageOf(url.hash)).toBe(4);
    expect(new URLSearchParams(url.hash.slice(1)).get('fingerprint')).toBe('f00d');
  });
});

describe('opening PDFs on the reading list by themselves', () => {
  test('the reading list becomes the rule’s domains, subdomains included', () => {
    expect(
      readingListDomains([
        { pattern: '*.gov.vn', name: 'Cổng' },
        { pattern: 'baonamdinh.vn', name: 'Báo' },
        { pattern: '*.GOV.vn', name: 'x' },
      ]),
    ).toEqual(['gov.vn', 'baonamdinh.vn']);
  });

  test('the rule redirects only pages served as application/pdf, into the viewer', () => {
    const rule = autoOpenRule(ROOT, ['gov.vn']);
    expect(rule.action).toEqual({ type: 'redirect', redirect: { regexSubstitution: `${ROOT}pdf.html?file=\\0` } });
    expect(rule.condition).toMatchObject({
      requestDomains: ['gov.vn'],
      resourceTypes: ['main_frame'],
      responseHeaders: [{ header: 'content-type', values: ['application/pdf*'] }],
    });
  });
});
