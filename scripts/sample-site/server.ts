/**
 * The offline sample site: one loopback HTTP server that answers for many host names, choosing
 * the page by the Host header. Chromium is pointed at it with `--host-resolver-rules`, so
 * `http://baonamdinh.vn/…` reaches this server and never the network.
 *
 *   npx tsx scripts/sample-site/server.ts [--port 8080]
 *   curl -H 'Host: baonamdinh.vn' http://127.0.0.1:8080/
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { OUTLETS, fixtureNames, loadFixture, loadGeneratedPages, loadSamples, type Sample } from './content';
import type { GeneratedPage } from './generated-page';
import { articlePage, genericOutlet, listPage, notFoundPage, type Link } from './layout';

/** The host name of the index of everything served (`.test` is reserved: no real site has it). */
export const INDEX_HOST = 'soi.test';
const INDEX_HOSTS = new Set([INDEX_HOST, 'localhost', '127.0.0.1']);
/** Where fixtures and generated pages are shown on the index: any `*.gov.vn` name reaches Soi by default. */
export const FIXTURE_HOST = 'mau.soi.gov.vn';

export interface SiteRequest {
  method: string;
  host: string;
  path: string;
}

export interface SampleSite {
  port: number;
  /** Every request answered, in order: what the pages (and anything else in the browser) fetched. */
  requests: SiteRequest[];
  /** Every host name with its own pages; map them (or `*`) to `127.0.0.1:port` in the browser. */
  hosts: string[];
  samples: Sample[];
  fixtures: string[];
  generated: GeneratedPage[];
  /** `http://host/path`: the address a browser with the host-resolver rules uses. */
  url(host: string, path?: string): string;
  close(): Promise<void>;
}

export interface SampleSiteOptions {
  port?: number;
  /** Loopback by default: the site is for this machine only. */
  listenHost?: string;
}

function send(res: ServerResponse, status: number, body: string | Uint8Array, contentType = 'text/html; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  res.end(body);
}

function hostOf(req: IncomingMessage): string {
  return (req.headers.host ?? 'localhost').replace(/:\d+$/, '').toLowerCase();
}

export async function startSampleSite(options: SampleSiteOptions = {}): Promise<SampleSite> {
  const samples = loadSamples();
  const generated = await loadGeneratedPages();
  const hosts = [...new Set(samples.map((s) => s.host))];
  const url = (host: string, path = '/') => `http://${host}${path}`;

  const indexLinks = (): Link[] => [
    ...samples.map((s) => ({ href: url(s.host, s.path), title: s.article.title, note: `${s.host} · ${s.seed}` })),
    ...fixtureNames().map((name) => ({ href: url(FIXTURE_HOST, `/fixtures/${name}`), title: name, note: 'fixture' })),
    ...generated.map((g) => ({ href: url(FIXTURE_HOST, g.path), title: g.title, note: g.description })),
  ];

  const requests: SiteRequest[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = hostOf(req);
    const requestUrl = new URL(req.url ?? '/', `http://${host}`);
    requests.push({ method: req.method ?? 'GET', host, path: requestUrl.pathname + requestUrl.search });
    const path = decodeURIComponent(requestUrl.pathname);
    const outlet = OUTLETS[host] ?? genericOutlet(host);

    if ((INDEX_HOSTS.has(host) && path === '/') || path === '/__soi/index') {
      return send(res, 200, listPage(outlet, 'Trang mẫu của Soi', 'Các bài viết mẫu, trang kiểm thử và trang sinh tự động.', indexLinks()));
    }
    const page = generated.find((g) => g.path === path);
    if (page) return send(res, 200, await page.render({ host, url: requestUrl }), page.contentType);

    if (path.startsWith('/fixtures/')) {
      const fixture = loadFixture(path.slice('/fixtures/'.length));
      if (fixture?.kind === 'html') return send(res, 200, fixture.html);
      if (fixture?.kind === 'article') return send(res, 200, articlePage(outlet, fixture.article, [{ href: '/', title: 'Trang chủ' }]));
      return send(res, 404, notFoundPage(outlet, path));
    }

    const onHost = samples.filter((s) => s.host === host);
    const sample = onHost.find((s) => s.path === path);
    const related = (except?: Sample): Link[] => {
      const others = onHost.filter((s) => s !== except).map((s) => ({ href: s.path, title: s.article.title }));
      return others.length > 0 ? others : [{ href: '/', title: 'Trang chủ' }];
    };
    if (sample) return send(res, 200, articlePage(outlet, sample.article, related(sample)));
    if (onHost.length > 0 && path === '/') return send(res, 200, listPage(outlet, 'Tin mới', outlet.tagline, related()));
    if (path === '/favicon.ico') return send(res, 404, '', 'text/plain');
    return send(res, 404, notFoundPage(outlet, path));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, String(error), 'text/plain; charset=utf-8');
      else res.end();
    });
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.listenHost ?? '127.0.0.1', ready);
  });
  const { port } = server.address() as AddressInfo;

  return {
    port,
    requests,
    hosts,
    samples,
    fixtures: fixtureNames(),
    generated,
    url,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const portFlag = process.argv.indexOf('--port');
  const site = await startSampleSite({ port: portFlag > 0 ? Number(process.argv[portFlag + 1]) : 8080 });
  console.log(`Soi sample site on http://127.0.0.1:${site.port}/ (index)`);
  for (const s of site.samples) console.log(`  ${site.url(s.host, s.path)}`);
  console.log(`Point a browser at it: chromium --host-resolver-rules="MAP * 127.0.0.1:${site.port}, EXCLUDE localhost"`);
  console.log(`or: curl -H 'Host: ${site.hosts[0]}' http://127.0.0.1:${site.port}/`);
}
