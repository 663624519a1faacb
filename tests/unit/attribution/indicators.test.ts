import { describe, expect, it } from 'vitest';
import { attributeFigures } from '../../../utils/attribution/attribute';
import { fitFor, INDICATORS } from '../../../utils/attribution/indicators';
import { foldName } from '../../../utils/extraction/text/fold';
import type { FigureKind } from '../../../utils/extraction/types';
import { figureIn } from './helpers';

const KINDS: FigureKind[] = ['percent', 'rank', 'rank_change', 'ratio', 'count', 'money', 'score'];

describe('indicator data', () => {
  it('has unique ids, names in both languages, and no alias shared by two indicators', () => {
    expect(new Set(INDICATORS.map((i) => i.id)).size).toBe(INDICATORS.length);
    const owner = new Map<string, string>();
    for (const i of INDICATORS) {
      expect(i.vi && i.en, i.id).toBeTruthy();
      for (const k of i.kinds ?? []) expect(KINDS).toContain(k);
      if (i.percentMeans) expect(INDICATORS.map((x) => x.id)).toContain(i.percentMeans);
      for (const a of i.aliases) {
        const key = foldName(a);
        expect(owner.get(key) ?? i.id, `${a}: ${owner.get(key)} and ${i.id}`).toBe(i.id);
        owner.set(key, i.id);
      }
    }
  });

  it.each([
    'dti',
    'dti-government',
    'dti-economy',
    'dti-society',
    'par-index',
    'sipas',
    'pci',
    'papi',
    'grdp',
    'grdp-growth',
    'budget-revenue',
    'investment',
    'fdi',
    'export',
    'online-dossiers',
    'online-services-full',
    'online-services-partial',
    'online-payment',
    'smartphone',
    'internet',
    'fibre',
    'new-rural',
    'poor-households',
    'new-enterprises',
  ])('names %s', (id) => {
    expect(INDICATORS.find((i) => i.id === id)).toBeDefined();
  });

  it('sends a GRDP percentage to GRDP growth and keeps DTI pillars to scores and ranks', () => {
    expect(fitFor('grdp', 'percent')).toBe('grdp-growth');
    expect(fitFor('grdp', 'money')).toBe('grdp');
    expect(fitFor('dti-government', 'percent')).toBeUndefined();
    expect(fitFor('dti-government', 'score')).toBe('dti-government');
  });
});

/** The indicator id bound to a figure in a page, with the page's other figures beside it. */
function indicatorOf(page: string, text: string, kind: FigureKind, others: readonly string[] = []): string {
  const unit = kind === 'count' ? text.replace(/^[\d.,]+\s*/, '') || undefined : undefined;
  const rest = others.map((o) => figureIn(page, o, o.endsWith('%') ? 'percent' : 'count'));
  const [fig] = attributeFigures(page, [figureIn(page, text, kind, 0, unit), ...rest], {});
  return fig?.indicator === 'unknown' || !fig ? 'unknown' : fig.indicator.id;
}

describe('which indicator a figure measures', () => {
  it.each([
    // the nearest name before the figure in its clause
    ['6 tháng đầu năm, doanh thu dịch vụ viễn thông đạt 710 tỷ đồng, tăng 10%; doanh thu bưu chính đạt 156 tỷ đồng.', '156 tỷ đồng', 'money', 'postal-revenue'],
    ['6 tháng đầu năm, doanh thu dịch vụ viễn thông đạt 710 tỷ đồng, tăng 10%; doanh thu bưu chính đạt 156 tỷ đồng.', '10%', 'percent', 'telecom-revenue'],
    // a name right after the figure when nothing comes before it in the clause
    ['Đến nay, tỉnh xếp thứ 10/63 tỉnh, thành phố trên bảng xếp hạng CĐS toàn quốc.', '10/63', 'rank', 'dti'],
    ['Tỉnh có 79,15% dịch vụ công trực tuyến phát sinh hồ sơ.', '79,15%', 'percent', 'online-services'],
    // the longest name wins where names overlap
    [
      'Tỉnh cung cấp 1.170 dịch vụ công trực tuyến mức độ 4 và 595 dịch vụ công trực tuyến một phần.',
      '595 dịch vụ công trực tuyến',
      'count',
      'online-services-partial',
    ],
    ['Tỉnh cung cấp 1.170 dịch vụ công trực tuyến mức độ 4 và 595 dịch vụ công trực tuyến một phần.', '595', 'count', 'online-services-partial'],
    // a name that runs through the figure is its own
    ['Đơn vị tiếp nhận 9.887 hồ sơ, trong đó có 5 hồ sơ trực tuyến.', '5 hồ sơ', 'count', 'online-dossiers'],
    // …and not the figure's before it
    ['Đơn vị tiếp nhận 9.887 hồ sơ, trong đó có 5 hồ sơ trực tuyến.', '9.887 hồ sơ', 'count', 'dossiers', ['5 hồ sơ']],
    // the head noun of a count
    ['Mạng lưới có gần 300 bưu cục, điểm phục vụ.', '300 bưu cục', 'count', 'postal-points'],
    // the base after a percentage stays with it: `20% GDP` does not make the next figure GDP
    ['Tỷ trọng kinh tế số chiếm 20% GDP, còn tới năm 2030 chiếm khoảng 30% GDP.', '30%', 'percent', 'digital-economy-share', ['20%']],
    // the thing measured after an amount carries on to the growth that follows
    ['Năm 2024, tỉnh thu hút hơn 1,74 tỷ USD vốn FDI, tăng 8,8% so với năm 2023.', '8,8%', 'percent', 'fdi'],
    // a GRDP percentage is growth
    ['GRDP 9 tháng của tỉnh ước tăng 11,66%.', '11,66%', 'percent', 'grdp-growth'],
    // a growth rank is a GRDP growth figure even when `(GRDP)` stands closer
    ['Tốc độ tăng trưởng kinh tế (GRDP) năm 2023 ước đạt 7,5%, đứng thứ 15/63 tỉnh, thành phố.', 'thứ 15/63', 'rank', 'grdp-growth'],
    // pillar names bind to scores and ranks only
    ['By pillar, digital government reached 0.4455 points, ranking 7th.', '0.4455 points', 'score', 'dti-government'],
    ['Mạng truyền số liệu phục vụ chính quyền số đã phủ tới 100% cơ quan.', '100%', 'percent', 'unknown'],
    // English
    ['Online payment transactions stood at 99.73%.', '99.73%', 'percent', 'online-payment'],
    ["Bac Giang's overall DTI score is 0.3615, ranking 10th nationwide.", '10th', 'rank', 'dti'],
    // the heading above when the sentence names none
    ['Chỉ số năng lực cạnh tranh cấp tỉnh năm 2023\n\nVới 66,79 điểm, tỉnh xếp thứ 30 trên bảng.', 'thứ 30', 'rank', 'pci'],
    // a sentence that spells out the one before keeps its indicator
    ['Năm 2024, tỉnh thu hút 1,74 tỷ USD vốn FDI. Cụ thể, tỉnh cấp mới cho 19 dự án với tổng vốn 867,8 triệu USD.', '867,8 triệu USD', 'money', 'fdi'],
    // otherwise, a name in an earlier sentence is not used: the figure's own head noun labels it
    ['Năm 2024, tỉnh thu hút 1,74 tỷ USD vốn FDI. Tỉnh có 169 dự án còn hiệu lực.', '169 dự án', 'count', 'other:du-an'],
    // a name far after the figure belongs to what comes next
    [
      'Về hạ tầng số, tỉnh đã đạt được 2/7 chỉ tiêu, do đó cần sớm triển khai mạng băng rộng, mỗi hộ gia đình một đường cáp quang.',
      '2/7 chỉ tiêu',
      'ratio',
      'unknown',
    ],
    // no listed name: a label from the head noun, not a guess
    ['Toàn xã có khoảng 1.522 hộ, với 6.236 nhân khẩu.', '1.522 hộ', 'count', 'other:ho'],
  ] as Array<[string, string, FigureKind, string, string[]?]>)('%s [%s]', (page, text, kind, expected, others) => {
    expect(indicatorOf(page, text, kind, others)).toBe(expected);
  });
});
