import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../../utils/attribution';
import { readPageMeta } from '../../../utils/attribution/page-meta';
import type { FigureKind } from '../../../utils/extraction/types';
import { figureIn } from './helpers';

const meta = readPageMeta({ text: '', url: 'https://baonamdinh.vn/tin', meta: { 'article:published_time': '2023-08-15' } });

function indicatorOf(page: string, text: string, kind: FigureKind, unit?: string): unknown {
  const [fig] = attributeFigures(page, [figureIn(page, text, kind, 0, unit)], meta);
  return fig?.indicator;
}

describe('a figure the indicator list has no name for', () => {
  it.each([
    ['Hội chợ có 40 gian hàng tham gia.', '40 gian hàng', 'count', 'gian hàng', 'other:gian-hang'],
    ['Nationwide, 28.6 per cent of respondents used the portal.', '28.6 per cent', 'percent', undefined, 'other:respondents'],
    ['Tỷ lệ hộ dùng nước máy đạt 91,2%.', '91,2%', 'percent', undefined, 'other:ty-le-ho-dung-nuoc-may'],
    ['Doanh thu hội chợ đạt 12 tỷ đồng.', '12 tỷ đồng', 'money', undefined, 'other:doanh-thu-hoi-cho'],
  ] as const)('%s → %s', (page, text, kind, unit, id) => {
    expect(indicatorOf(page, text, kind, unit)).toMatchObject({ id });
  });

  it('gives the same label to the same thing written on two pages, and names it as written', () => {
    const a = indicatorOf('Tỷ lệ hộ dùng nước máy đạt 91,2%.', '91,2%', 'percent');
    const b = indicatorOf('Năm 2023, tỷ lệ hộ dùng nước máy là 88%.', '88%', 'percent');
    expect(a).toMatchObject({ id: (b as { id: string }).id, name: 'Tỷ lệ hộ dùng nước máy' });
  });

  it('stays unknown when the sentence does not say what is measured', () => {
    expect(indicatorOf('Con số này là 12%.', '12%', 'percent')).toBe('unknown');
  });
});
