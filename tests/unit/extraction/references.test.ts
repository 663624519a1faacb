import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction/extract';
import { referencesOf } from './helpers';

describe('symbol grammar', () => {
  it.each([
    ['State with a type and issuer', 'Thực hiện Quyết định số 1021/QĐ-TTg của Thủ tướng.', '1021/QĐ-TTg', 'Quyết định', 'Thủ tướng Chính phủ'],
    ['State with a year', 'Căn cứ Nghị định số 42/2022/NĐ-CP về dịch vụ công.', '42/2022/NĐ-CP', 'Nghị định', 'Chính phủ'],
    ['a law', 'Luật số 24/2018/QH14 có hiệu lực.', '24/2018/QH14', 'Luật', 'Quốc hội'],
    ['a ministry letter', 'Văn bản số 1552/BTTTT-CĐSQG hướng dẫn.', '1552/BTTTT-CĐSQG', 'Văn bản', 'Bộ Thông tin và Truyền thông'],
    ['Party grammar', 'Quán triệt Chỉ thị số 14-CT/TU của Tỉnh ủy.', '14-CT/TU', 'Chỉ thị', 'Tỉnh ủy'],
    ['Party grammar, central', 'Kết luận số 36-KL/TW đã nêu.', '36-KL/TW', 'Kết luận', 'Trung ương'],
    ['a number with a letter', 'Nghị quyết số 02a/NQ-HĐND tháng trước.', '02a/NQ-HĐND', 'Nghị quyết', 'Hội đồng nhân dân'],
    ['D for Đ', 'Decision No. 764/QD-TTg approved the plan.', '764/QD-TTg', 'Decision', 'Thủ tướng Chính phủ'],
    ['Ð (eth) for Đ', 'Quyết định số 88/QÐ-UBND đã ký.', '88/QÐ-UBND', 'Quyết định', 'Ủy ban nhân dân'],
    ['stray spaces', 'Theo Kế hoạch số 77 / KH - UBND của tỉnh.', '77/KH-UBND', 'Kế hoạch', 'Ủy ban nhân dân'],
    ['a stripped hyphen, State', 'Quyết định số 305/QĐUBND được ban hành.', '305/QĐ-UBND', 'Quyết định', 'Ủy ban nhân dân'],
    ['a stripped hyphen with a year', 'Thông tư số 22/2021/TTBTTTT quy định.', '22/2021/TT-BTTTT', 'Thông tư', 'Bộ Thông tin và Truyền thông'],
    ['a stripped hyphen, Party', 'Nghị quyết 18NQ/TW về sắp xếp bộ máy.', '18-NQ/TW', 'Nghị quyết', 'Trung ương'],
    ['a stripped hyphen after the issuer', 'Công văn số 702/UBNDVX gửi các sở.', '702/UBND-VX', 'Công văn', 'Ủy ban nhân dân'],
    ['an action programme', 'Chương trình hành động số 45/CTr-UBND đề ra.', '45/CTr-UBND', 'Chương trình hành động', 'Ủy ban nhân dân'],
    ['an English plan', 'The Plan No. 310/KH-UBND sets targets.', '310/KH-UBND', 'Plan', 'Ủy ban nhân dân'],
    ['No. glued to the number', 'Under Decision No.2201/QD-UBND the city acts.', '2201/QD-UBND', 'Decision', 'Ủy ban nhân dân'],
    ['a non-breaking hyphen', 'Theo Kế hoạch số 64/KH‑UBND của huyện.', '64/KH-UBND', 'Kế hoạch', 'Ủy ban nhân dân'],
    ['a stripped hyphen before the Prime Minister', 'Quyết định số 17/2019/QĐTTg quy định.', '17/2019/QĐ-TTg', 'Quyết định', 'Thủ tướng Chính phủ'],
    ['a drafting office after a dot', 'Quyết định số 2150/QĐ-UBND.KT ngày 9/8/2023 nêu rõ.', '2150/QĐ-UBND.KT', 'Quyết định', 'Ủy ban nhân dân'],
    ['a letter with its office after a dot', 'Công văn số 318/UBND.VX gửi các huyện.', '318/UBND.VX', 'Công văn', 'Ủy ban nhân dân'],
  ])('%s', (_name, text, symbol, docType, issuer) => {
    const [reference] = extract(text).references;
    expect(reference?.symbol).toBe(symbol);
    expect(reference?.docType).toBe(docType);
    expect(reference?.issuer).toBe(issuer);
    expect(text.slice(reference!.start, reference!.end)).toBe(reference!.text);
  });

  it('leaves a full stop after a symbol to the sentence', () => {
    expect(referencesOf('Theo Kế hoạch số 44/KH-UBND. Tỉnh đã làm.').map((r) => r.symbol)).toEqual(['44/KH-UBND']);
    expect(extract('Theo Quyết định số 3/QĐ-UBND ngày 5/1/2024.').references[0]?.text).toBe('Quyết định số 3/QĐ-UBND ngày 5/1/2024');
  });

  it('takes a line break between the type and the number', () => {
    expect(referencesOf('theo Kế hoạch số\n58/KH-UBND ngày 4/3/2022 của tỉnh')).toEqual([
      { symbol: '58/KH-UBND', docType: 'Kế hoạch', date: '2022-03-04', text: 'Kế hoạch số\n58/KH-UBND ngày 4/3/2022' },
    ]);
  });

  it.each([
    ['a fraction', 'Đạt 3/4 huyện.'],
    ['a date', 'Ngày 12/10/2023.'],
    ['network generations', 'Mạng 3G/4G phủ kín.'],
    ['an address with a dash', 'Số 154 - Trần Hưng Đạo.'],
    ['an unknown code without context', 'Mã lô 12/ABC đã hết hạn.'],
    ["a site's press licence", 'Giấy phép số 77/GP-BTTTT cấp cho báo điện tử.'],
  ])('%s is no reference', (_name, text) => {
    expect(extract(text).references).toEqual([]);
  });
});

describe('reference dates', () => {
  it.each([
    ['dash', 'Chỉ thị số 03-CT/TU ngày 9-2-2021 của Tỉnh ủy.', '2021-02-09'],
    ['slash after a comma', 'Kế hoạch số 150/KH-UBND, ngày 30/6/2022 của UBND.', '2022-06-30'],
    ['dots', 'Nghị quyết số 35-NQ/TW ngày 22.10.2018.', '2018-10-22'],
    ['words', 'Nghị định số 11/2020/NĐ-CP ngày 20 tháng 01 năm 2020.', '2020-01-20'],
    ['English', 'Decree No. 13/2023/ND-CP dated April 17, 2023 protects data.', '2023-04-17'],
    ['after the issuer, English', 'It follows Law No. 24/2018/QH14 of the National Assembly dated June 12, 2018.', '2018-06-12'],
    ['after the issuer, Vietnamese', 'Thực hiện Kế hoạch số 27/KH-UBND của UBND tỉnh ngày 9/2/2023 về chuyển đổi số.', '2023-02-09'],
  ])('%s', (_name, text, date) => {
    expect(extract(text).references[0]?.date).toBe(date);
  });

  it('leaves the date out when the year is missing, but keeps the words in the text', () => {
    const [reference] = extract('Plan No. 12/KH-UBND dated June 3 sets the pace.').references;
    expect(reference?.date).toBeUndefined();
    expect(reference?.text).toBe('Plan No. 12/KH-UBND dated June 3');
  });

  it('dates the first reference of a sentence that opens with its date', () => {
    const refs = extract('Ngày 14/9/2022, Sở Y tế ban hành Công văn số 2231/SYT-NVY thực hiện Quyết định số 5/QĐ-BYT ngày 2/1/2022.').references;
    expect(refs.map((r) => r.date)).toEqual(['2022-09-14', '2022-01-02']);
  });

  it.each([
    [
      'to the document issued, past one only cited',
      'Ngày 3/8/2024, căn cứ Nghị định số 45/2020/NĐ-CP, Sở Tư pháp ban hành Kế hoạch số 71/KH-STP.',
      [undefined, '2024-08-03'],
    ],
    [
      'to the document signed, past a dated one cited',
      'Ngày 11/1/2023, thực hiện Chỉ thị số 08-CT/TU ngày 2/11/2022, Chủ tịch UBND tỉnh đã ký Quyết định số 64/QĐ-UBND.',
      ['2022-11-02', '2023-01-11'],
    ],
    [
      'to the document approved, in English',
      'On June 9, 2023, following Decision No. 1010/QD-TTg, the province approved Plan No. 210/KH-UBND.',
      [undefined, '2023-06-09'],
    ],
    [
      'to nothing when the document issued has its own date',
      'Ngày 20/5/2023, theo Thông báo số 3/TB-VP, tỉnh ban hành Kế hoạch số 5/KH-UBND ngày 18/5/2023.',
      [undefined, '2023-05-18'],
    ],
    ['to the first reference when none is issued', 'Ngày 6/6/2023, triển khai Kế hoạch số 77/KH-UBND, huyện tổ chức tập huấn.', ['2023-06-06']],
    [
      'not to a registration ("đăng ký" is no signing)',
      'Ngày 6/6/2023, theo Công văn số 12/SKHĐT-ĐKKD, doanh nghiệp đăng ký Kế hoạch số 8/KH-DN.',
      ['2023-06-06', undefined],
    ],
  ])('gives a sentence lead date %s', (_name, text, dates) => {
    expect(extract(text).references.map((r) => r.date)).toEqual(dates);
  });

  it('does not carry a sentence lead into the next sentence', () => {
    const refs = extract('Ngày 14/9/2022, đoàn công tác làm việc tại huyện. Quyết định số 7/QĐ-UBND được công bố.').references;
    expect(refs[0]?.date).toBeUndefined();
  });

  it("dates a legal text's own number line from its heading", () => {
    const page = 'ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 215/QĐ-UBND\n\nAn Giang, ngày 3 tháng 2 năm 2022\n\nQUYẾT ĐỊNH';
    expect(referencesOf(page)).toEqual([{ symbol: '215/QĐ-UBND', date: '2022-02-03', text: 'Số: 215/QĐ-UBND' }]);
  });
});

describe('back-references', () => {
  it('points a short mention to the full reference cited before it', () => {
    const page = 'Tỉnh thực hiện Nghị quyết số 06-NQ/TU ngày 1/6/2021. Sau hai năm, Nghị quyết số 06 đã đi vào cuộc sống; Nghị quyết 06 được sơ kết.';
    expect(extract(page).backrefs.map((b) => [b.text, b.symbol])).toEqual([
      ['Nghị quyết số 06', '06-NQ/TU'],
      ['Nghị quyết 06', '06-NQ/TU'],
    ]);
  });

  it('matches the type as well as the number', () => {
    const page = 'Quyết định số 06/QĐ-UBND và Nghị quyết số 06-NQ/TU. Quyết định 06 quy định rõ.';
    expect(extract(page).backrefs.map((b) => b.symbol)).toEqual(['06/QĐ-UBND']);
  });

  it('prefers the latest earlier citation', () => {
    const page = 'Kế hoạch số 10/KH-UBND năm 2020. Kế hoạch số 10/KH-SYT năm 2021. Kế hoạch số 10 nêu rõ.';
    expect(extract(page).backrefs.map((b) => b.symbol)).toEqual(['10/KH-SYT']);
  });

  it('reads English mentions against Vietnamese or English citations', () => {
    const page = 'It carries out Resolution No. 18-NQ/TW dated October 25, 2017 (Resolution 18). Resolution 18 is a priority.';
    expect(extract(page).backrefs.map((b) => [b.text, b.symbol])).toEqual([
      ['Resolution 18', '18-NQ/TW'],
      ['Resolution 18', '18-NQ/TW'],
    ]);
  });

  it('points a scheme to the decision that approved it under the same number', () => {
    const page = 'Quyết định số 11/QĐ-TTg ngày 3/2/2023 phê duyệt Đề án nâng cao chất lượng dịch vụ công. Thực hiện Đề án 11, tỉnh đã rà soát.';
    expect(extract(page).backrefs.map((b) => [b.text, b.symbol])).toEqual([['Đề án 11', '11/QĐ-TTg']]);
  });

  it('finds nothing for a document never cited in full', () => {
    expect(extract('Đề án 06 giúp người dân làm thủ tục.').backrefs).toEqual([]);
  });
});

describe('dates that belong to one reference only', () => {
  it('does not let a date set off after one reference lead the next', () => {
    const refs = extract('Chỉ thị số 04-CT/TU, ngày 2-3-2021, Kế hoạch số 30/KH-UBND được triển khai.').references;
    expect(refs.map((r) => r.date)).toEqual(['2021-03-02', undefined]);
  });

  it('reads a lead set off by commas inside the sentence', () => {
    const refs = extract('Mới đây, ngày 19/8/2023, UBND tỉnh đã ban hành Quyết định số 901/QĐ-UBND.').references;
    expect(refs[0]?.date).toBe('2023-08-19');
  });

  it('does not take a capitalised date on the next line as the reference date', () => {
    const refs = extract('Triển khai Văn bản số 88/STTTT-CNTT\nNgày 4 tháng 5 năm 2022, Sở có Công văn số 90/STTTT-CNTT.').references;
    expect(refs.map((r) => r.date)).toEqual([undefined, '2022-05-04']);
  });

  it('does not reach past the subject of a document for a date', () => {
    expect(extract('Kế hoạch số 3/KH-UBND của tỉnh về việc triển khai ngày 1/1/2024.').references[0]?.date).toBeUndefined();
  });

  it('takes a date in brackets with its bracket', () => {
    const [reference] = extract('Theo Kế hoạch 41/KH-UBND (ngày 7/3/2022) của tỉnh.').references;
    expect(reference).toMatchObject({ date: '2022-03-07', text: 'Kế hoạch 41/KH-UBND (ngày 7/3/2022)' });
  });
});
