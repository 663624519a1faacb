/**
 * What a page says about itself: site, outlet, title, canonical URL, publication date and its own
 * province. Pure: the annotation side reads `<meta>` tags from the DOM and passes them in.
 */
import { COUNTRY, findPlaces, provinceOfHost, provinceOfSiglum, subjectOf } from './gazetteer';
import { OWN_PROVINCE } from './markers';
import type { PageMeta, Subject } from './types';
import { fold } from '../extraction/text/fold';

export interface PageSource {
  /** The visible page text (as read by the annotation side, or a file's text). */
  text: string;
  url?: string;
  /** `<meta>` and `<link rel=canonical>` values by name/property (`og:title`, `article:published_time`, `canonical`). */
  meta?: Record<string, string | undefined>;
  /** The document title, when there is one. */
  title?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(y: number, m: number, d?: number): string | undefined {
  if (y < 1990 || y > 2100 || m < 1 || m > 12) return undefined;
  if (d === undefined) return `${y}-${pad(m)}`;
  if (d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A date as meta tags write it: ISO (`2023-08-26T10:00:00+07:00`, `2023-08`) or `dd/mm/yyyy`. */
export function readDate(value: string): string | undefined {
  const iso = /^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : undefined);
  const dmy = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(value);
  if (dmy) return dayMonthYear(Number(dmy[1]), Number(dmy[2]), Number(dmy[3]));
  return undefined;
}

// Vietnamese pages write day/month; an English page may write month/day, which shows when the day is over 12.
function dayMonthYear(a: number, b: number, y: number): string | undefined {
  return b > 12 && a <= 12 ? isoDate(y, a, b) : isoDate(y, b, a);
}

interface DatelineRule {
  name: string;
  pattern: RegExp;
  read(m: RegExpExecArray): string | undefined;
}

const DMY = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;

/** Datelines in the order they are trusted: labelled ones first, then a date standing on its own line. */
const DATELINES: DatelineRule[] = [
  {
    // ` date 2023-08`, ` date 2025-10-06` as text extracted from news sites writes it.
    name: 'date-label',
    pattern: /(?:^|\s)date\s+(\d{4})-(\d{2})(?:-(\d{2}))?/i,
    read: (m) => isoDate(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : undefined),
  },
  {
    // `Đăng lúc 09:04:52 ngày 27/02/2023`, `Ngày đăng: 10 - 05 - 2024`, `Cập nhật: …`, `Update: 17:45 | 25/10/2021`.
    name: 'labelled',
    pattern: new RegExp(
      `(?:đăng lúc|ngày đăng|ngày cập nhật|cập nhật|ngày xuất bản|update|updated|posted|published)[^\\n\\d]{0,12}(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s*(?:[ap]m)?[^\\n\\d]{0,12})?${DMY.source}`,
      'i',
    ),
    read: (m) => dayMonthYear(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // A place-and-date line of an official document: `Hậu Giang, ngày 27 tháng 4 năm 2021`.
    name: 'document',
    pattern: /^[^\n,]{2,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/im,
    read: (m) => isoDate(Number(m[3]), Number(m[2]), Number(m[1])),
  },
];

// A short line near the top that carries a full date: `30/08/2021`, `Lan Phương| 13/11/2020 15:24`, `16:21 (GMT+7), Thứ Năm, 15/10/2020`.
const SHORT_LINE_DATE = new RegExp(`^[^\\n]{0,40}?${DMY.source}[^\\n]{0,30}$`, 'm');

/** The publication date a reader sees at the top of an article, as ISO. */
export function readDateline(text: string): string | undefined {
  const top = text.slice(0, 1500);
  for (const rule of DATELINES) {
    const m = rule.pattern.exec(top);
    const date = m ? rule.read(m) : undefined;
    if (date) return date;
  }
  for (const line of top.split('\n').slice(0, 12)) {
    const m = SHORT_LINE_DATE.exec(line.trim());
    const date = m ? dayMonthYear(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
    if (date) return date;
  }
  return undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Dates as running text writes them: `10/10/2024`, `ngày 18 tháng 6 năm 2025`, `December 22, 2024`, `22 December 2024`.
const DATES_IN_TEXT = new RegExp(
  `(?<![\\d/.-])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?![\\d/.-])|ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})|(${MONTHS.join('|')})\\s+(\\d{1,2}),?\\s+(\\d{4})|(\\d{1,2})\\s+(${MONTHS.join('|')}),?\\s+(\\d{4})`,
  'giu',
);

/**
 * The latest date a page's text names, for a page with no date of its own: what it reports cannot
 * be later than the day it was written, and is rarely much earlier than the last day it mentions.
 */
export function latestDateIn(text: string): string | undefined {
  let latest: string | undefined;
  for (const m of text.matchAll(DATES_IN_TEXT)) {
    const month = (name: string | undefined): number => MONTHS.indexOf((name ?? '').toLowerCase()) + 1;
    const date = m[3]
      ? dayMonthYear(Number(m[1]), Number(m[2]), Number(m[3]))
      : m[6]
        ? isoDate(Number(m[6]), Number(m[5]), Number(m[4]))
        : m[9]
          ? isoDate(Number(m[9]), month(m[7]), Number(m[8]))
          : isoDate(Number(m[12]), month(m[11]), Number(m[10]));
    if (date && (!latest || date > latest)) latest = date;
  }
  return latest;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

interface Masthead {
  province: Subject;
  outlet?: string;
}

/**
 * The page's province from what it prints about itself: a newspaper's name (`Báo Nam Định`) or
 * siglum (`(GLO)-`), an official header (`ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG`, `Hậu Giang, ngày …`),
 * or the portal address in its footer.
 */
export function readMasthead(text: string): Masthead | undefined {
  const siglum = /(?:^|\s)\(([A-ZĐ]{2,5})\)\s*[-–]/.exec(text.slice(0, 600));
  const bySiglum = siglum?.[1] ? provinceOfSiglum(siglum[1]) : undefined;
  if (bySiglum) return { province: bySiglum };
  const named = /\b(Báo|Tạp chí|Cổng thông tin điện tử|Cơ quan chủ quản:[^\n]{0,60}?(?:tỉnh|thành phố))\s+((?:\p{Lu}[\p{L}.-]*\s?){1,4})/gu;
  for (let m = named.exec(text); m; m = named.exec(text)) {
    const place = placeIn(m[2] ?? '');
    if (place) return { province: place, outlet: m[1]?.startsWith('Cơ quan') ? undefined : `${m[1]} ${place.name}` };
  }
  const header = /(?:ỦY BAN NHÂN DÂN|UBND|HỘI ĐỒNG NHÂN DÂN|TỈNH ỦY)\s+(?:TỈNH|THÀNH PHỐ|TP\.?)\s+([^\n|]{2,30})/u.exec(text.slice(0, 1500));
  const byHeader = header?.[1] ? placeIn(titleCase(header[1])) : undefined;
  if (byHeader) return { province: byHeader };
  const place = /^\s*([^\n,|]{2,30}),\s*ngày\s+\d{1,2}\s+tháng/imu.exec(text.slice(0, 1500));
  const byPlace = place?.[1] ? placeIn(place[1]) : undefined;
  if (byPlace) return { province: byPlace };
  // Scan from each `gov.vn` back over host characters only: a regex over the whole page backtracks on `1.1.1.1…`.
  const govVn = /gov\.vn(?![a-z0-9-])/gi;
  for (let m = govVn.exec(text); m; m = govVn.exec(text)) {
    const host = /(?:[a-z0-9-]+\.)+$/i.exec(text.slice(Math.max(0, m.index - 80), m.index))?.[0];
    const p = host ? provinceOfHost(host + 'gov.vn') : undefined;
    if (p) return { province: p };
  }
  return undefined;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
}

function placeIn(words: string): Subject | undefined {
  const f = fold(words);
  const mention = findPlaces(words, f)[0];
  return mention?.old ? subjectOf(mention.old) : mention?.new ? subjectOf(mention.new) : undefined;
}

/**
 * The one province a page is about when nothing else says so: the only province it names, named
 * at least twice or once on a page that speaks of `tỉnh ta`, `toàn tỉnh`, `the province`. A page
 * naming several stays without a province.
 */
export function readTopicProvince(text: string): Subject | undefined {
  const f = fold(text);
  const counts = new Map<string, number>();
  for (const m of findPlaces(text, f)) {
    const id = m.old ?? m.new;
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  if (counts.size !== 1) return undefined;
  const [id, n] = [...counts][0] ?? [];
  if (!id || !n) return undefined;
  const own = new RegExp(OWN_PROVINCE.source, OWN_PROVINCE.flags.replace('g', ''));
  return n >= 2 || own.test(text) ? subjectOf(id) : undefined;
}

/** Everything Soi can tell about a page from its address, meta tags and text. */
export function readPageMeta(source: PageSource): PageMeta {
  const meta = source.meta ?? {};
  const get = (...keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = meta[k] ?? meta[k.toLowerCase()];
      if (v && v.trim()) return v.trim();
    }
    return undefined;
  };
  const canonicalUrl = get('canonical', 'og:url');
  const url = source.url ?? canonicalUrl;
  const site = hostOf(url);
  const published = get(
    'article:published_time',
    'og:published_time',
    'datePublished',
    'pubdate',
    'publishdate',
    'dc.date.issued',
    'dc.date',
    'dcterms.created',
    'date',
  );
  const publishedAt = (published && readDate(published)) ?? readDateline(source.text) ?? latestDateIn(source.text);
  const out: PageMeta = {};
  if (url) out.url = url;
  if (site) out.site = site;
  const title = get('og:title') ?? source.title ?? firstLine(source.text);
  if (title) out.title = title;
  if (canonicalUrl) out.canonicalUrl = canonicalUrl;
  if (publishedAt) out.publishedAt = publishedAt;
  const byHost = site ? provinceOfHost(site) : undefined;
  const masthead = byHost ? undefined : readMasthead(source.text);
  const outlet = get('og:site_name', 'application-name') ?? masthead?.outlet ?? site;
  if (outlet) out.outlet = outlet;
  if (byHost) {
    out.province = byHost;
    out.provinceFrom = 'host';
  } else if (masthead) {
    out.province = masthead.province;
    out.provinceFrom = 'masthead';
  } else {
    const topic = readTopicProvince(source.text);
    if (topic && topic.id !== COUNTRY.id) {
      out.province = topic;
      out.provinceFrom = 'topic';
    }
  }
  return out;
}

function firstLine(text: string): string | undefined {
  const line = text
    .split('\n')
    .find((l) => l.trim().length > 0)
    ?.trim();
  return line && line.length <= 300 ? line : undefined;
}
