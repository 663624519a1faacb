/**
 * Words that point at a subject, a goal or an elaboration without naming a place, an indicator or
 * a time (word lists in data/markers.json). Patterns marked folded run on folded text; the
 * province markers run on the page text itself, where `tỉnh` and `tính` differ.
 */
import markers from './data/markers.json';
import placeData from './data/provinces.json';
import { foldName } from '../extraction/text/fold';
import { namePattern } from './text';

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

// `tỉnh ta`, `toàn tỉnh`, `trên địa bàn`, `the province`: the page's own province.
export const OWN_PROVINCE = new RegExp(`(?<![\\p{L}])(?:${markers.ownProvince.map(escape).join('|')})(?![\\p{L}])`, 'giu');
// A bare `tỉnh` that is not `các tỉnh`, `22 tỉnh` or `tỉnh Nam Định` is the page's own province too.
export const BARE_PROVINCE =
  /(?<![\p{L}\d])(?<!\d\s)(?<!(?:[cC]ác|[nN]hững|[nN]hiều|[mM]ỗi|[mM]ột số|[tT]op)\s)[tT]ỉnh(?![\p{L}])(?!\s+\p{Lu})(?!\s*,\s*thành)(?!\s+thành)/gu;
// A district, commune or ward of the page's own province: `huyện Lập Thạch`, `xã Vĩnh Hưng`.
export const SUB_UNIT = /(?<![\p{L}])(?:huyện|xã|thị trấn|thị xã|phường|quận)\s+\p{Lu}/gu;
export const COUNTRY_MARKERS = namePattern(placeData.country.markers);
// `các tỉnh`, `nhiều địa phương`, `provinces`: several provinces at once, none of them the figure's own.
export const SEVERAL_PROVINCES = namePattern(markers.severalProvinces);
// `trung bình của các tỉnh`, `the average of provinces`: an average word shortly before several provinces.
export const AVERAGE_BEFORE = new RegExp(`(?:${markers.average.map((w) => escape(foldName(w))).join('|')})(?![\\p{L}])[^.;]*$`, 'u');

/**
 * Words that take a figure away from the page's own province: the country, several provinces, an
 * average, a region. The checks read them as written (whole words, any case), so they are listed here once.
 */
export const ELSEWHERE_WORDS: readonly string[] = [...placeData.country.markers, ...markers.severalProvinces, ...markers.average, ...markers.elsewhere].map(
  (w) => w.normalize('NFC').toLowerCase(),
);
// `xếp thứ 10 toàn quốc`, `một trong 22 tỉnh … trên toàn quốc`: words before a country marker that make it a ranking's scope.
export const RANKING_SCOPE = new RegExp(`(?:${markers.rankingScope.map((w) => escape(foldName(w))).join('|')})(?![\\p{L}])[^.;]*$`, 'u');
// Goals in Vietnamese are announced before the figure: `phấn đấu đạt 30%`, `mục tiêu … 20% GRDP`.
export const GOAL_BEFORE = namePattern(markers.goalBefore);
// A goal word governs the figures that follow it closely, not a whole long sentence.
export const GOAL_REACH = 120;
// In English the modal may come after: `100% of agencies are to be linked`, `over 90% … will be accessible`.
export const GOAL_ANYWHERE = namePattern(markers.goalAnywhere);
// A sentence that spells out the one before it keeps its indicator: `Cụ thể, tỉnh cấp mới 19 dự án…`.
export const ELABORATION = new RegExp(`^\\s*(?:${markers.elaboration.map((w) => escape(foldName(w))).join('|')})(?![\\p{L}])`, 'u');
