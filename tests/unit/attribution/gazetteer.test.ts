import { describe, expect, it } from 'vitest';
import data from '../../../utils/attribution/data/provinces.json';
import readingList from '../../../utils/attribution/data/reading-list.json';
import { findPlaces, mapOn, NEW_UNITS, OLD_UNITS, placeOnMap, provinceOfHost, rollUp, subjectOf } from '../../../utils/attribution/gazetteer';
import { fold, foldName } from '../../../utils/extraction/text/fold';
import type { Subject } from '../../../utils/attribution/types';

describe('gazetteer completeness (Nghị quyết 202/2025/QH15)', () => {
  it('has the 63 units before 1 July 2025 and the 34 after', () => {
    expect(OLD_UNITS).toHaveLength(63);
    expect(NEW_UNITS).toHaveLength(34);
    expect(new Set(OLD_UNITS.map((u) => u.id)).size).toBe(63);
    expect(new Set(NEW_UNITS.map((u) => u.id)).size).toBe(34);
    expect(OLD_UNITS.filter((u) => u.kind === 'city')).toHaveLength(5 + 1); // 5 centrally run cities and Huế (from 2025-01-01)
    expect(NEW_UNITS.filter((u) => u.kind === 'city')).toHaveLength(6);
  });

  it('maps every old unit to exactly one new unit, and every new unit lists exactly the old units that map to it', () => {
    const inLineage = new Map<string, string[]>();
    for (const n of NEW_UNITS) {
      expect(n.lineage.length).toBeGreaterThan(0);
      for (const o of n.lineage) inLineage.set(o, [...(inLineage.get(o) ?? []), n.id]);
    }
    for (const o of OLD_UNITS) {
      expect(inLineage.get(o.id), o.id).toEqual([o.successor]);
    }
    expect([...inLineage.keys()].sort()).toEqual(OLD_UNITS.map((u) => u.id).sort());
  });

  it('keeps the 11 units that were not merged', () => {
    const unchanged = NEW_UNITS.filter((n) => n.lineage.length === 1)
      .map((n) => n.name)
      .sort();
    expect(unchanged).toEqual(
      ['Cao Bằng', 'Điện Biên', 'Hà Nội', 'Hà Tĩnh', 'Huế', 'Lai Châu', 'Lạng Sơn', 'Nghệ An', 'Quảng Ninh', 'Sơn La', 'Thanh Hóa'].sort(),
    );
  });

  it.each([
    ['nam-dinh', 'ninh-binh-2025'],
    ['ha-nam', 'ninh-binh-2025'],
    ['thai-binh', 'hung-yen-2025'],
    ['vinh-phuc', 'phu-tho-2025'],
    ['hoa-binh', 'phu-tho-2025'],
    ['bac-giang', 'bac-ninh-2025'],
    ['hai-duong', 'hai-phong-2025'],
    ['quang-nam', 'da-nang-2025'],
    ['binh-duong', 'ho-chi-minh-2025'],
    ['ba-ria-vung-tau', 'ho-chi-minh-2025'],
    ['kien-giang', 'an-giang-2025'],
    ['long-an', 'tay-ninh-2025'],
    ['binh-dinh', 'gia-lai-2025'],
    ['kon-tum', 'quang-ngai-2025'],
    ['ninh-thuan', 'khanh-hoa-2025'],
    ['dak-nong', 'lam-dong-2025'],
    ['binh-thuan', 'lam-dong-2025'],
    ['phu-yen', 'dak-lak-2025'],
    ['binh-phuoc', 'dong-nai-2025'],
    ['soc-trang', 'can-tho-2025'],
    ['ben-tre', 'vinh-long-2025'],
    ['tien-giang', 'dong-thap-2025'],
    ['bac-lieu', 'ca-mau-2025'],
    ['ha-giang', 'tuyen-quang-2025'],
    ['yen-bai', 'lao-cai-2025'],
    ['bac-kan', 'thai-nguyen-2025'],
    ['quang-binh', 'quang-tri-2025'],
    ['thua-thien-hue', 'hue-2025'],
  ])('%s becomes %s', (old, successor) => {
    expect(OLD_UNITS.find((u) => u.id === old)?.successor).toBe(successor);
  });

  it('lets no name stand for two units on the same map', () => {
    for (const units of [OLD_UNITS, NEW_UNITS]) {
      const owner = new Map<string, string>();
      for (const u of units) {
        for (const name of [u.name, ...u.aliases]) {
          const key = foldName(name);
          const before = owner.get(key);
          expect(before === undefined || before === u.id, `${name}: ${before} and ${u.id}`).toBe(true);
          owner.set(key, u.id);
        }
      }
    }
  });

  it('gives every old unit a portal, and no host to two units', () => {
    const owner = new Map<string, string>();
    for (const u of OLD_UNITS) {
      expect(u.portals.length, u.id).toBeGreaterThan(0);
      for (const h of [...u.portals, ...u.newspapers]) {
        expect(owner.get(h) ?? u.id, h).toBe(u.id);
        owner.set(h, u.id);
      }
    }
  });
});

describe('rollUp', () => {
  const namDinh = subjectOf('nam-dinh') as Subject;

  it('rolls Nam Định (2022) up into the new Ninh Bình, with its lineage', () => {
    const rolled = rollUp(namDinh, 34);
    expect(rolled).toMatchObject({ id: 'ninh-binh-2025', name: 'Ninh Bình', map: 34 });
    expect(rolled !== 'unknown' && rolled.lineage?.map((l) => l.name)).toEqual(['Hà Nam', 'Ninh Bình', 'Nam Định']);
  });

  it('keeps a unit on its own map, and comes back to the 63-map only for units that were not merged', () => {
    expect(rollUp(namDinh, 63)).toMatchObject({ id: 'nam-dinh', map: 63 });
    expect(rollUp(subjectOf('ha-noi-2025') as Subject, 63)).toMatchObject({ id: 'ha-noi', map: 63 });
    expect(rollUp(subjectOf('ninh-binh-2025') as Subject, 63)).toBe('unknown');
    expect(rollUp({ id: 'atlantis', name: 'Atlantis', map: 63 }, 34)).toBe('unknown');
  });

  it('switches maps on 1 July 2025', () => {
    expect(mapOn('2025-06-30')).toBe(63);
    expect(mapOn('2025-07-01')).toBe(34);
    expect(mapOn('2025-09')).toBe(34);
  });
});

describe('places named in text', () => {
  const names = (text: string, map: 63 | 34 = 63): string[] =>
    findPlaces(text, fold(text)).map((m) => {
      const s = placeOnMap(m, map);
      return s === 'unknown' ? 'unknown' : s.id;
    });

  it.each([
    ['Đến nay, Nam Định xếp thứ 10/63', ['nam-dinh']],
    ['Nam Dinh and Ha Noi', ['nam-dinh', 'ha-noi']],
    ['TP.HCM, TP Hồ Chí Minh, Thành phố Hồ Chí Minh, Sài Gòn', ['ho-chi-minh', 'ho-chi-minh', 'ho-chi-minh', 'ho-chi-minh']],
    ['Bà Rịa – Vũng Tàu, Bà Rịa-Vũng Tàu, BR-VT', ['ba-ria-vung-tau', 'ba-ria-vung-tau', 'ba-ria-vung-tau']],
    ['Thừa Thiên Huế và Huế', ['thua-thien-hue', 'thua-thien-hue']],
    ['Thanh Hoá, Thanh Hóa, Khánh Hoà', ['thanh-hoa', 'thanh-hoa', 'khanh-hoa']],
    ['Bac Giang made the top 10; Hanoi (VNA)', ['bac-giang', 'ha-noi']],
    // Common words that look like names are not places when written in lower case.
    ['nền hòa bình, cuộc sống thái bình', []],
    ['Thái Bình Dương', []],
    ['tỉnh Hòa Bình', ['hoa-binh']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('names old places on the 34-map by the unit they merged into', () => {
    expect(names('Nam Định và Ninh Bình, Quảng Ninh', 34)).toEqual(['ninh-binh-2025', 'ninh-binh-2025', 'quang-ninh-2025']);
  });
});

describe('provinceOfHost', () => {
  it.each([
    ['namdinh.gov.vn', 'nam-dinh'],
    ['www.namdinh.gov.vn', 'nam-dinh'],
    ['tinhdoan.namdinh.gov.vn', 'nam-dinh'],
    ['vinhphuc.gov.vn', 'vinh-phuc'],
    ['vinhhung1.vinhloc.thanhhoa.gov.vn', 'thanh-hoa'],
    ['skhdt.thanhhoa.gov.vn', 'thanh-hoa'],
    ['kiengiang.gov.vn', 'kien-giang'],
    ['dakha.huyentumorong.kontum.gov.vn', 'kon-tum'],
    ['honggai.halongcity.gov.vn', 'quang-ninh'],
    ['dichvucong.thuathienhue.gov.vn', 'thua-thien-hue'],
    ['baria-vungtau.gov.vn', 'ba-ria-vung-tau'],
    ['baonamdinh.vn', 'nam-dinh'],
    ['baolongan.vn', 'long-an'],
    ['baoninhthuan.com.vn', 'ninh-thuan'],
    ['baoquangninh.vn', 'quang-ninh'],
    ['m.en.baobacgiang.com.vn', 'bac-giang'],
    ['baoapbac.vn', 'tien-giang'],
    ['baothaibinh.com.vn', 'thai-binh'],
  ])('%s → %s', (host, id) => {
    expect(provinceOfHost(host)?.id).toBe(id);
  });

  it.each(['mic.gov.vn', 'chinhphu.vn', 'vnexpress.net', 'cafef.vn', 'baomoi.com', 'example.gov.vn'])('%s is no province', (host) => {
    expect(provinceOfHost(host)).toBeUndefined();
  });
});

describe('reading list', () => {
  it('covers every gov.vn portal and every provincial newspaper, as match patterns the manifest accepts', () => {
    expect(readingList.hosts).toContain('*.gov.vn');
    for (const u of data.old) {
      for (const paper of u.newspapers) {
        expect(readingList.hosts, paper).toContain(paper);
        expect(readingList.matches, paper).toContain(`*://${paper}/*`);
        expect(readingList.matches, paper).toContain(`*://*.${paper}/*`);
      }
    }
    for (const m of readingList.matches) expect(m).toMatch(/^\*:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
  });
});

describe('places below a province', () => {
  const at = (text: string) => findPlaces(text, fold(text)).map((p) => ({ name: fold(text).folded.slice(p.start, p.end), old: p.old, new: p.new }));

  it('reads a commune or ward of the new map as its province, a district of the old map as its own', () => {
    expect(at('Riêng phường Hải Châu đạt 95%.')).toEqual([{ name: 'phuong hai chau', new: 'da-nang-2025' }]);
    expect(at('Đặc khu Phú Quốc đón 585.000 lượt khách.')).toEqual([{ name: 'dac khu phu quoc', new: 'an-giang-2025' }]);
    expect(at('Huyện Mèo Vạc có tỷ lệ hộ nghèo cao.')).toEqual([{ name: 'huyen meo vac', old: 'ha-giang' }]);
  });

  it('tells a place from the common words its type word makes', () => {
    expect(at('Các tổ chức chính trị - xã hội an tâm triển khai.')).toEqual([]);
    expect(at('Phát triển kinh tế xã hội bền vững.')).toEqual([]);
  });

  it('leaves out a name two provinces share, and keeps a province named by its own name', () => {
    // `xã Hải Châu` is in Nghệ An while `phường Hải Châu` is in Đà Nẵng; `xã Tân Thành` is in many provinces.
    expect(at('Xã Tân Thành hoàn thành chỉ tiêu.')).toEqual([]);
    expect(at('Thành phố Huế đạt 90%.')).toEqual([{ name: 'thanh pho hue', new: 'hue-2025' }]);
  });
});
