import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { clipDraft, sentenceAround } from '../../../utils/annotation/clip-draft';
import { lookupLinks } from '../../../utils/annotation/lookup-links';
import { extract } from '../../../utils/extraction';
import { ClipDraftSchema } from '../../../utils/messaging';

const TEXT = 'Tiêu đề\nNăm 2022, tỉnh xếp thứ 10/63 về DTI. Theo Nghị quyết số 09-NQ/TU ngày 15-10-2021, tỉnh đạt 98,65%. Nghị quyết số 09 nêu rõ.';
const PAGE = { url: 'https://namdinh.gov.vn/a', title: 'Bài', site: 'namdinh.gov.vn', publishedAt: '2023-01-02' };

describe('clip drafts', () => {
  it('takes the sentence around an item', () => {
    const at = TEXT.indexOf('10/63');
    expect(sentenceAround(TEXT, at, at + 5)).toBe('Năm 2022, tỉnh xếp thứ 10/63 về DTI.');
    const pct = TEXT.indexOf('98,65%');
    expect(sentenceAround(TEXT, pct, pct + 6)).toBe('Theo Nghị quyết số 09-NQ/TU ngày 15-10-2021, tỉnh đạt 98,65%.');
    const text = 'TP. Hồ Chí Minh tiếp nhận 1.200 hồ sơ; Hà Nội 980 hồ sơ.';
    expect(sentenceAround(text, text.indexOf('1.200'), text.indexOf('1.200') + 5)).toBe('TP. Hồ Chí Minh tiếp nhận 1.200 hồ sơ');
  });

  it('carries W3C quote and position selectors that point back at the item, and passes the message schema', () => {
    const found = extract(TEXT);
    const figure = found.figures.find((f) => f.text.includes('98,65%'));
    expect(figure).toBeDefined();
    if (!figure) return;
    const draft = clipDraft({ type: 'figure', figure }, TEXT, figure.start, figure.end, PAGE);
    expect(draft.selectors.quote.exact).toBe(figure.text);
    expect(TEXT.slice(draft.selectors.position.start, draft.selectors.position.end)).toBe(figure.text);
    expect(TEXT.slice(0, figure.start).endsWith(draft.selectors.quote.prefix)).toBe(true);
    expect(TEXT.slice(figure.end).startsWith(draft.selectors.quote.suffix)).toBe(true);
    expect(draft.attribution).toEqual({ indicator: 'unknown', subject: 'unknown', period: 'unknown' });
    expect(v.safeParse(ClipDraftSchema, draft).success).toBe(true);
  });

  it('clips a back-reference as the document it points to', () => {
    const found = extract(TEXT);
    const backref = found.backrefs[0];
    const cited = found.references[0];
    expect(backref && cited).toBeTruthy();
    if (!backref || !cited) return;
    const draft = clipDraft({ type: 'backref', backref, cited }, TEXT, backref.start, backref.end, PAGE);
    expect(draft).toMatchObject({ kind: 'reference', text: 'Nghị quyết số 09', symbol: '09-NQ/TU', date: '2021-10-15' });
    expect(v.safeParse(ClipDraftSchema, draft).success).toBe(true);
  });
});

describe('lookup links', () => {
  it('searches the legal databases by the symbol, URL-encoded', () => {
    const links = lookupLinks('348/QĐ-TTg');
    expect(links.map((l) => new URL(l.url).hostname)).toEqual(['vbpl.vn', 'congbao.chinhphu.vn', 'thuvienphapluat.vn']);
    for (const link of links) {
      expect(link.url).toContain('348%2FQ%C4%90-TTg');
      expect([...new URL(link.url).searchParams.values()]).toContain('348/QĐ-TTg');
    }
  });

  it('cannot be turned into another link by a hostile symbol', () => {
    for (const link of lookupLinks('1&x=" onmouseover=alert(1) #frag')) {
      const url = new URL(link.url);
      expect(url.hash).toBe('');
      expect(url.searchParams.has('x')).toBe(false);
    }
    expect(lookupLinks('  ')).toEqual([]);
  });
});
