/**
 * What the card's buttons do. The card only calls these; they reach the notebook through the
 * typed messages, the clipboard, and the per-page ignore list.
 */
import { send } from '../messaging';
import { clipDraft, sentenceAround, type PageFacts } from './clip-draft';
import { textOf, type Mark } from './marks';
import { offsetOf, readPageTextInSlices, type PageText, type ReadOptions } from './page-text';
import { ignoreOn } from './site-switch';

const PUBLISHED = [
  'meta[property="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[itemprop="datePublished"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** The page's own facts for a clip: address, title, site, and publication date when a meta tag or `<time>` gives one. */
export function pageFacts(doc: Document): PageFacts {
  const url = doc.location?.href ?? '';
  let published: string | undefined;
  for (const selector of PUBLISHED) {
    published = doc.querySelector(selector)?.getAttribute('content') ?? undefined;
    if (published) break;
  }
  published ??= doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const date = published ? /^\d{4}-\d{2}-\d{2}/.exec(published.trim())?.[0] : undefined;
  return {
    url,
    title: doc.title.trim() || url,
    site: doc.location?.hostname ?? '',
    ...(date ? { publishedAt: date } : {}),
  };
}

/** Where a mark sits in the text of the whole page (the text the notebook re-anchors against). */
export function positionOf(page: PageText, mark: Mark): { start: number; end: number } | undefined {
  const first = mark.pieces[0];
  const last = mark.pieces[mark.pieces.length - 1];
  if (!first || !last) return undefined;
  const start = offsetOf(page, first.node, first.from);
  const end = offsetOf(page, last.node, last.to);
  return start === undefined || end === undefined || end < start ? undefined : { start, end };
}

export interface MarkActions {
  clip(mark: Mark): Promise<{ ok: true; duplicate: boolean } | { ok: false; error: string }>;
  copy(mark: Mark): Promise<boolean>;
  ignore(mark: Mark): Promise<void>;
}

export function ignoreKey(mark: Mark): string {
  return `${mark.item.type}:${textOf(mark.item)}`;
}

export function markActions(doc: Document, read: ReadOptions): MarkActions {
  // Read again in slices: on a big page a whole read in one go is a long task for a click.
  const locate = async (mark: Mark) => {
    const page = await readPageTextInSlices(doc.body ?? doc.documentElement, read);
    const at = positionOf(page, mark);
    return { page, at };
  };
  return {
    async clip(mark) {
      const { page, at } = await locate(mark);
      if (!at) return { ok: false, error: 'the figure is no longer on the page' };
      const draft = clipDraft(mark.item, page.text, at.start, at.end, pageFacts(doc), mark.notes.context);
      const answer = await send('clip.save', draft);
      return answer.ok ? { ok: true, duplicate: answer.duplicate } : { ok: false, error: answer.error };
    },
    async copy(mark) {
      const { page, at } = await locate(mark);
      const facts = pageFacts(doc);
      const sentence = at ? sentenceAround(page.text, at.start, at.end) : textOf(mark.item);
      try {
        await navigator.clipboard.writeText(`${sentence}\n— ${facts.title}, ${facts.url}`);
        return true;
      } catch {
        return false;
      }
    },
    async ignore(mark) {
      await ignoreOn(doc.location.href, ignoreKey(mark));
    },
  };
}
