import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecksTab, type ShownFinding } from '../../../components/checks/ChecksTab';
import { checkFigures } from '../../../utils/checks';
import { setLanguage } from '../../../utils/i18n';
import { placeFigures } from './place-figures';

function show(findings: readonly ShownFinding[]): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(<ChecksTab findings={findings} />, root);
  return root;
}

afterEach(() => {
  setLanguage('vi');
  document.body.innerHTML = '';
});

const text = 'Tiếp nhận 177.427 hồ sơ, trong đó 128.034 hồ sơ trực tiếp, 49.393 hồ sơ qua mạng. Tỉnh xếp thứ 10/63, tăng 4 bậc so với năm 2022 (thứ 16).';
const findings = checkFigures({
  text,
  figures: placeFigures(text, [
    { text: '177.427 hồ sơ', kind: 'count', value: 177427, unit: 'hồ sơ' },
    { text: '128.034 hồ sơ', kind: 'count', value: 128034, unit: 'hồ sơ' },
    { text: '49.393 hồ sơ', kind: 'count', value: 49393, unit: 'hồ sơ' },
    { text: '10/63', kind: 'rank', value: 10, of: 63 },
    { text: 'tăng 4 bậc', kind: 'rank_change', value: 4 },
    { text: 'thứ 16', kind: 'rank', value: 16 },
  ]),
});

describe('the Checks tab', () => {
  it('lists warnings before passes, each with its arithmetic and figures', () => {
    const root = show(findings);
    const items = [...root.querySelectorAll('li.soi-check')];
    expect(items.map((li) => li.getAttribute('data-soi-check'))).toEqual(['warning', 'ok']);
    expect(items[0]?.textContent).toContain('Cảnh báo');
    expect(items[0]?.textContent).toContain('Thay đổi thứ hạng');
    expect(items[0]?.textContent).toContain('16 − 10 = +6 bậc, nhưng trang ghi “tăng 4 bậc”');
    expect(items[1]?.textContent).toContain('128.034 + 49.393 = 177.427 ✓');
    expect([...items[1]!.querySelectorAll('q')].map((q) => q.textContent)).toEqual(['177.427 hồ sơ', '128.034 hồ sơ', '49.393 hồ sơ']);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('1 cảnh báo, 1 khớp');
  });

  it('speaks English when the reader chose it, numbers written the English way', () => {
    setLanguage('en');
    const root = show(findings);
    expect(root.textContent).toContain('Warning');
    expect(root.textContent).toContain('128,034 + 49,393 = 177,427 ✓');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Warnings: 1, consistent: 1');
  });

  it('shows an explanation already in one language as given, and an unknown rule by its id', () => {
    const root = show([{ rule: 'future-rule', status: 'warning', items: ['5 xã'], explanation: 'một giải thích' }]);
    expect(root.textContent).toContain('future-rule');
    expect(root.textContent).toContain('một giải thích');
  });

  it('says so when no check applies', () => {
    const root = show([]);
    expect(root.textContent).toContain('Chưa có phép kiểm tra nào');
    expect(root.querySelector('li')).toBeNull();
  });

  it('renders page text as text', () => {
    const root = show([{ rule: 'parts-total', status: 'ok', items: ['<img src=x onerror=alert(1)>'], explanation: '<b>x</b>' }]);
    expect(root.querySelector('img, b')).toBeNull();
  });
});
