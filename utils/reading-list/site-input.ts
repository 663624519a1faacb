/**
 * What a reader types to add a site (`baohaiphong.vn`, `https://www.baohaiphong.vn/tin-tuc`,
 * `*.hanoi.gov.vn`, `báo.vn`) turned into a reading-list pattern, or a reason it cannot be one.
 */
import type { ReadingListSite } from './index';

export type SiteInputResult = { ok: true; site: ReadingListSite } | { ok: false; reason: 'empty' | 'invalid' };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export function parseSiteInput(input: string): SiteInputResult {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return { ok: false, reason: 'empty' };
  const withoutScheme = trimmed.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  const hostPart = withoutScheme.split(/[/?#]/, 1)[0] ?? '';
  const wildcard = hostPart.startsWith('*.');
  const bare = (wildcard ? hostPart.slice(2) : hostPart).replace(/\.$/, '');
  if (!bare || /[\s@:*]/.test(bare)) return { ok: false, reason: 'invalid' };
  let host: string;
  try {
    // URL turns an accented name (báo.vn) into the punycode the browser matches against.
    host = new URL(`http://${bare}/`).hostname;
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const labels = host.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label)) || /^\d+$/.test(labels.at(-1) ?? '')) {
    return { ok: false, reason: 'invalid' };
  }
  // A portal's articles often live on www. or a subdomain: cover them all, as the defaults do.
  const base = host.startsWith('www.') ? host.slice(4) : host;
  return { ok: true, site: { pattern: `*.${base}`, name: base } };
}
