// @vitest-environment node
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CORPUS_DIR } from '../../scripts/sample-site/content';
import { escapeHtml, paragraphsHtml } from '../../scripts/sample-site/html';
import { formatDate } from '../../scripts/sample-site/layout';
import { startSampleSite, type SampleSite } from '../../scripts/sample-site/server';

let site: SampleSite;

beforeAll(async () => {
  site = await startSampleSite();
});

afterAll(async () => {
  await site?.close();
});

/** Asks the site for `path` as a browser would for `http://host/path`. */
function get(host: string, path: string): Promise<{ status: number; html: string; type: string | undefined }> {
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port: site.port, path, headers: { host } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        done({ status: response.statusCode ?? 0, html: Buffer.concat(chunks).toString('utf8'), type: response.headers['content-type'] }),
      );
    })
      .on('error', fail)
      .end();
  });
}

/** What a reader sees of the HTML, roughly: tags dropped, entities for the five escaped characters read back. */
function visibleText(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the sample site', () => {
  test('serves each corpus article under its outlet, chrome and all', async () => {
    expect(site.samples).toHaveLength(5);
    for (const sample of site.samples) {
      const page = await get(sample.host, sample.path);
      expect(page.status, sample.host).toBe(200);
      expect(page.type).toBe('text/html; charset=utf-8');
      expect(page.html).toMatch(/<header class="masthead">/);
      expect(page.html).toMatch(/Lượt truy cập: \d{1,3}(\.\d{3})+/);
      expect(page.html).toMatch(/Điện thoại: [\d.]+ - Fax: [\d.]+/);
      expect(page.html).toContain('<time datetime=');
    }
  });

  test('shows every sentence of the article text, read from the shared corpus at run time', async () => {
    for (const sample of site.samples) {
      const source = readFileSync(join(CORPUS_DIR, `${sample.seed}.txt`), 'utf8');
      const shown = visibleText((await get(sample.host, sample.path)).html);
      for (const line of source
        .split('\n')
        .map((l) => l.trim().replace(/\s+/g, ' '))
        .filter(Boolean)) {
        expect(shown, `${sample.seed}: ${line.slice(0, 60)}`).toContain(line);
      }
    }
  });

  test('chooses the site by host name', async () => {
    const baoNamDinh = await get('baonamdinh.vn', '/');
    const longAn = await get('longan.gov.vn', '/');
    expect(baoNamDinh.html).toContain('Báo Nam Định');
    expect(longAn.html).toContain('Cổng thông tin điện tử tỉnh Long An');
    expect((await get('baonamdinh.vn', site.samples.find((s) => s.host === 'longan.gov.vn')!.path)).status).toBe(404);
  });

  test('lists every sample, fixture and generated page on the index', async () => {
    const index = await get('soi.test', '/');
    for (const sample of site.samples) expect(index.html).toContain(site.url(sample.host, sample.path));
    for (const name of site.fixtures) expect(index.html).toContain(`/fixtures/${name}`);
    for (const page of site.generated) expect(index.html).toContain(page.path);
  });

  test('serves fixture pages and generated pages under any host', async () => {
    const fixture = await get('sotttt.hoabinh.gov.vn', '/fixtures/bao-cao-chuyen-doi-so');
    expect(fixture.status).toBe(200);
    expect(fixture.html).toContain('<h1>Tỉnh Hòa Bình công bố kết quả chuyển đổi số sáu tháng đầu năm</h1>');
    expect(fixture.html).toContain('<time datetime="2024-07-15">15/07/2024</time>');
    const generated = await get('example.gov.vn', site.generated[0]!.path);
    expect(generated.status).toBe(200);
    expect((await get('example.gov.vn', '/fixtures/../package.json')).status).toBe(404);
  });

  test('records the requests it answered', async () => {
    site.requests.length = 0;
    await get('baonamdinh.vn', '/nothing-here');
    expect(site.requests).toEqual([{ method: 'GET', host: 'baonamdinh.vn', path: '/nothing-here' }]);
  });
});

describe('page text into HTML', () => {
  test('markup in article text stays text', () => {
    expect(escapeHtml('<img src=x onerror="alert(1)"> & \'')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;');
    expect(paragraphsHtml('a <b>\n\nc')).toBe('<p>a &lt;b&gt;</p>\n<p>c</p>');
  });

  test('blank lines make paragraphs, single line breaks stay inside one', () => {
    expect(paragraphsHtml('  one\ntwo\n \n\n three ')).toBe('<p>one<br>\ntwo</p>\n<p>three</p>');
  });

  test('dates read as Vietnamese sites print them', () => {
    expect(formatDate('2022-08-26T15:32')).toBe('26/08/2022 15:32');
    expect(formatDate('2024-07-15')).toBe('15/07/2024');
    expect(formatDate('2023-08')).toBe('08/2023');
  });
});
