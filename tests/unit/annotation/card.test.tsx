import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card/Card';
import type { CardActions } from '../../../utils/annotation/card-ui';
import { figureValue } from '../../../components/card/format';
import { mountCard, placeCard } from '../../../components/card/mount';
import type { Figure, Reference } from '../../../utils/extraction/types';
import { setLanguage } from '../../../utils/i18n';

const actions = (): CardActions => ({
  clip: vi.fn(async () => ({ ok: true as const, duplicate: false })),
  copy: vi.fn(async () => true),
  ignore: vi.fn(),
  close: vi.fn(),
});

const figure = (f: Partial<Figure>): Figure => ({ text: '', kind: 'count', value: 0, start: 0, end: 0, ...f });

function show(ui: preact.VNode): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(ui, root);
  return root;
}

afterEach(() => {
  setLanguage('vi');
  document.body.innerHTML = '';
});

describe('the card says a figure in plain numbers', () => {
  it('writes values out in full with Vietnamese digit grouping', () => {
    expect(figureValue(figure({ kind: 'count', value: 1_900_000, unit: 'dân' }))).toBe('1.900.000 dân');
    expect(figureValue(figure({ kind: 'money', value: 710_000_000_000, unit: 'VND' }))).toBe('710.000.000.000 đồng');
    expect(figureValue(figure({ kind: 'percent', value: 98.65 }))).toBe('98,65 %');
    expect(figureValue(figure({ kind: 'rank', value: 10, of: 63 }))).toBe('10 trên 63');
    expect(figureValue(figure({ kind: 'rank_change', value: -3 }))).toBe('giảm 3 bậc');
    expect(figureValue(figure({ kind: 'ratio', value: 65, of: 65, unit: 'xã' }))).toBe('65 trên 65 xã');
    setLanguage('en');
    expect(figureValue(figure({ kind: 'score', value: 0.8241 }))).toBe('0.8241');
  });

  it('shows unknown attribution as “chưa rõ” and the hedge as written', () => {
    const root = show(
      <Card
        item={{ type: 'figure', figure: figure({ text: 'trên 80%', kind: 'percent', value: 80, qualifier: 'trên' }) }}
        notes={{ context: { indicator: { id: 'dti', name: 'Chỉ số chuyển đổi số (DTI)' }, subject: 'unknown', period: 'unknown' } }}
        actions={actions()}
        takeFocus={false}
      />,
    );
    const text = root.textContent ?? '';
    expect(text).toContain('Chỉ số chuyển đổi số (DTI)');
    expect(text.match(/chưa rõ/g)).toHaveLength(2);
    expect(text).toContain('trên');
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('Số liệu do Soi đánh dấu');
  });

  it('renders page text as text: markup in a figure never becomes an element', () => {
    const hostile = '<img src=x onerror="window.pwned=1">';
    const root = show(<Card item={{ type: 'figure', figure: figure({ text: hostile, value: 1 }) }} notes={{}} actions={actions()} takeFocus={false} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(hostile);
  });

  it('runs the reader’s actions and says what happened', async () => {
    const acts = actions();
    const root = show(<Card item={{ type: 'figure', figure: figure({ text: '12 xã', value: 12 }) }} notes={{}} actions={acts} takeFocus={false} />);
    const buttons = [...root.querySelectorAll('.actions button')] as HTMLButtonElement[];
    buttons[0]?.click();
    await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toBe('Đã lưu vào sổ tay'));
    buttons[1]?.click();
    await vi.waitFor(() => expect(root.querySelector('.status')?.textContent).toBe('Đã sao chép'));
    buttons[2]?.click();
    expect(acts.clip).toHaveBeenCalledOnce();
    expect(acts.copy).toHaveBeenCalledOnce();
    expect(acts.ignore).toHaveBeenCalledOnce();
  });
});

describe('the card for a document', () => {
  const reference: Reference = {
    text: 'Quyết định số 348/QĐ-TTg ngày 06/3/2023',
    symbol: '348/QĐ-TTg',
    docType: 'Quyết định',
    issuer: 'Thủ tướng Chính phủ',
    date: '2023-03-06',
    start: 0,
    end: 10,
  };

  it('gives type, issuer, date and lookup links by symbol', () => {
    const root = show(<Card item={{ type: 'reference', reference }} notes={{}} actions={actions()} takeFocus={false} />);
    const text = root.textContent ?? '';
    expect(text).toContain('Thủ tướng Chính phủ');
    expect(text).toContain('06/03/2023');
    const links = [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    expect(links).toHaveLength(3);
    expect(links.every((href) => href.includes('348%2FQ%C4%90-TTg'))).toBe(true);
    expect([...root.querySelectorAll('a')].every((a) => a.getAttribute('rel')?.includes('noopener'))).toBe(true);
  });

  it('gives a back-reference the full citation it points to', () => {
    const root = show(
      <Card
        item={{ type: 'backref', backref: { text: 'Quyết định 348', symbol: '348/QĐ-TTg', start: 0, end: 5 }, cited: reference }}
        notes={{}}
        actions={actions()}
        takeFocus={false}
      />,
    );
    expect(root.textContent).toContain('Quyết định số 348/QĐ-TTg ngày 06/3/2023');
    expect(root.textContent).toContain('Thủ tướng Chính phủ');
  });
});

describe('putting the card on the page', () => {
  it('hides the card in a closed shadow root on a host Soi’s reader skips', () => {
    const handle = mountCard(document);
    handle.show(
      { item: { type: 'figure', figure: figure({ text: '98,65%', kind: 'percent', value: 98.65 }) }, notes: {}, language: 'vi' },
      actions(),
      new DOMRect(10, 10, 40, 16),
      false,
    );
    const host = document.querySelector('soi-card') as HTMLElement;
    expect(host.hasAttribute('data-soi-ui')).toBe(true);
    expect(host.shadowRoot).toBeNull();
    expect(handle.isOpen()).toBe(true);
    expect(handle.contains(host)).toBe(true);
    handle.hide();
    expect(handle.isOpen()).toBe(false);
    handle.dispose();
    expect(document.querySelector('soi-card')).toBeNull();
  });

  it('places the card under the mark, or above it near the bottom, inside the viewport', () => {
    const viewport = { width: 800, height: 600 };
    expect(placeCard(new DOMRect(100, 100, 50, 20), { width: 360, height: 200 }, viewport)).toEqual({ left: 100, top: 126 });
    expect(placeCard(new DOMRect(700, 500, 50, 20), { width: 360, height: 200 }, viewport)).toEqual({ left: 432, top: 294 });
  });
});
