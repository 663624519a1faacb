/**
 * Page templates shaped like Vietnamese provincial portals and newspapers: masthead with the
 * outlet's name, navigation, a visitor counter, the article with headline and dateline, a footer
 * with address, phone and fax. The chrome is full of numbers on purpose (counters, phone numbers,
 * licence numbers): Soi must tell them apart from the article's figures.
 */
import { escapeHtml, paragraphsHtml } from './html';

export interface Outlet {
  name: string;
  tagline: string;
  nav: string[];
  visitors: string;
  online: string;
  address: string;
  phone: string;
  fax: string;
  licence: string;
  colour: string;
}

export interface Article {
  title: string;
  /** `2023-08`, `2023-08-14` or `2023-08-14T15:24`. */
  date?: string;
  section?: string;
  /** Plain text: blank lines between paragraphs. */
  body: string;
}

export interface Link {
  href: string;
  title: string;
  note?: string;
}

/** A made-up outlet for hosts we have no masthead for, named after the host. */
export function genericOutlet(host: string): Outlet {
  return {
    name: `Cổng thông tin điện tử ${host}`,
    tagline: 'Trang mẫu của Soi',
    nav: ['Trang chủ', 'Tin tức', 'Văn bản', 'Liên hệ'],
    visitors: '102.938',
    online: '7',
    address: 'Số 1 đường Mẫu, phường Thử Nghiệm',
    phone: '0200.3000.000',
    fax: '0200.3000.001',
    licence: 'Trang mẫu, không có giấy phép',
    colour: '#444444',
  };
}

/** `2022-08-26T15:32` → `26/08/2022 15:32`, `2023-08` → `08/2023`, as Vietnamese sites print them. */
export function formatDate(date: string): string {
  const [day, time] = date.split('T');
  const parts = day!.split('-');
  const shown = parts.reverse().join('/');
  return time ? `${shown} ${time}` : shown;
}

function page(outlet: Outlet, title: string, main: string, meta = ''): string {
  const nav = outlet.nav.map((item, i) => `<li><a href="${i === 0 ? '/' : '#'}">${escapeHtml(item)}</a></li>`).join('');
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<meta property="og:site_name" content="${escapeHtml(outlet.name)}">
${meta}
<style>
  body { margin: 0; font: 17px/1.6 Georgia, 'Times New Roman', serif; color: #222; background: #f4f1ea; }
  .masthead { background: ${outlet.colour}; color: #fff; padding: 12px 24px; display: flex; justify-content: space-between; align-items: center; gap: 16px; }
  .masthead a { color: #fff; text-decoration: none; font: bold 26px/1.2 Arial, sans-serif; }
  .masthead p { margin: 2px 0 0; font: 13px Arial, sans-serif; opacity: .9; }
  .counter { font: 13px Arial, sans-serif; text-align: right; white-space: nowrap; }
  nav ul { list-style: none; margin: 0; padding: 0 24px; display: flex; flex-wrap: wrap; background: #fff; border-bottom: 3px solid ${outlet.colour}; }
  nav a { display: block; padding: 8px 12px; color: #333; font: bold 14px Arial, sans-serif; text-decoration: none; }
  .layout { display: grid; grid-template-columns: minmax(0, 1fr) 260px; gap: 24px; max-width: 1100px; margin: 24px auto; padding: 0 24px; }
  article { background: #fff; padding: 24px 32px; }
  article h1 { font: bold 30px/1.25 Arial, sans-serif; margin: 0 0 8px; }
  .dateline { color: #777; font: 13px Arial, sans-serif; margin: 0 0 16px; }
  aside { background: #fff; padding: 16px; font: 14px Arial, sans-serif; align-self: start; }
  aside h2 { font-size: 15px; margin-top: 0; }
  footer { background: #333; color: #ddd; padding: 16px 24px; font: 13px/1.6 Arial, sans-serif; }
  footer address { font-style: normal; }
</style>
</head>
<body>
<header class="masthead">
  <div class="brand"><a href="/">${escapeHtml(outlet.name)}</a><p>${escapeHtml(outlet.tagline)}</p></div>
  <div class="counter">Lượt truy cập: ${escapeHtml(outlet.visitors)}<br>Đang trực tuyến: ${escapeHtml(outlet.online)}</div>
</header>
<nav aria-label="Chuyên mục"><ul>${nav}</ul></nav>
${main}
<footer>
  <p><strong>${escapeHtml(outlet.name)}</strong> — ${escapeHtml(outlet.tagline)}</p>
  <address>Địa chỉ: ${escapeHtml(outlet.address)}<br>Điện thoại: ${escapeHtml(outlet.phone)} - Fax: ${escapeHtml(outlet.fax)}</address>
  <p>${escapeHtml(outlet.licence)}</p>
</footer>
</body>
</html>
`;
}

function linkList(links: Link[]): string {
  return links
    .map((l) => `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.title)}</a>${l.note ? ` <small>${escapeHtml(l.note)}</small>` : ''}</li>`)
    .join('\n');
}

export function articlePage(outlet: Outlet, article: Article, related: Link[]): string {
  const dateline = article.date
    ? `<p class="dateline">${article.section ? `${escapeHtml(article.section)} · ` : ''}<time datetime="${escapeHtml(article.date)}">${escapeHtml(formatDate(article.date))}</time></p>`
    : '';
  const meta = [
    `<meta property="og:title" content="${escapeHtml(article.title)}">`,
    `<meta property="og:type" content="article">`,
    article.date ? `<meta property="article:published_time" content="${escapeHtml(article.date)}">` : '',
  ].join('\n');
  const main = `<div class="layout">
<main><article>
<h1>${escapeHtml(article.title)}</h1>
${dateline}
<div class="article-body">
${paragraphsHtml(article.body)}
</div>
</article></main>
<aside><h2>Tin liên quan</h2><ul>${linkList(related)}</ul></aside>
</div>`;
  return page(outlet, `${article.title} - ${outlet.name}`, main, meta);
}

export function listPage(outlet: Outlet, heading: string, intro: string, links: Link[]): string {
  const main = `<div class="layout"><main><article>
<h1>${escapeHtml(heading)}</h1>
<p>${escapeHtml(intro)}</p>
<ul>${linkList(links)}</ul>
</article></main><aside><h2>Soi</h2><p>Trang mẫu ngoại tuyến.</p></aside></div>`;
  return page(outlet, heading, main);
}

export function notFoundPage(outlet: Outlet, path: string): string {
  return listPage(outlet, 'Không tìm thấy trang', `Không có trang ${path} trên trang mẫu này.`, [{ href: '/', title: 'Trang chủ' }]);
}
