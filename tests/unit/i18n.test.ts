/**
 * Soi speaks Vietnamese first and English completely: every message exists in both languages,
 * every area is registered, the manifest's strings are in public/_locales, and no component writes
 * a user-visible string straight into its JSX instead of going through t().
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, messageTables } from '@/utils/i18n';

const ROOT = resolve(__dirname, '../..');
const MESSAGES_DIR = join(ROOT, 'utils/i18n/messages');

type AreaTables = Record<string, Record<string, string>>;

async function loadAreas(): Promise<{ file: string; name: string; area: AreaTables }[]> {
  const files = readdirSync(MESSAGES_DIR).filter((file) => file.endsWith('.ts'));
  const areas = [];
  for (const file of files) {
    const module = (await import(join(MESSAGES_DIR, file))) as Record<string, AreaTables>;
    for (const [name, area] of Object.entries(module)) areas.push({ file, name, area });
  }
  return areas;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('messages', () => {
  it('has every key in Vietnamese and English, with text, in every area file', async () => {
    const areas = await loadAreas();
    expect(areas.length).toBeGreaterThan(0);
    for (const { file, area } of areas) {
      expect(Object.keys(area).sort(), file).toEqual([...LANGUAGES].sort());
      const viKeys = Object.keys(area.vi ?? {}).sort();
      expect(Object.keys(area.en ?? {}).sort(), `${file}: English keys`).toEqual(viKeys);
      for (const language of LANGUAGES) {
        for (const [key, text] of Object.entries(area[language] ?? {})) {
          expect(typeof text === 'string' && text.trim().length > 0, `${file} ${language}.${key} is empty`).toBe(true);
        }
      }
    }
  });

  it('uses the same {placeholders} in both languages', async () => {
    for (const { file, area } of await loadAreas()) {
      for (const [key, vi] of Object.entries(area.vi ?? {})) {
        expect(placeholders(area.en?.[key] ?? ''), `${file} ${key}`).toEqual(placeholders(vi));
      }
    }
  });

  it('registers every area, and no key is defined by two areas (one would hide the other)', async () => {
    const tables = messageTables();
    const owner = new Map<string, string>();
    for (const { file, area } of await loadAreas()) {
      for (const key of Object.keys(area.vi ?? {})) {
        expect(owner.get(key), `${key} is defined in ${owner.get(key)} and ${file}`).toBeUndefined();
        owner.set(key, file);
        expect(tables.vi[key], `${file} is not registered in utils/i18n/index.ts (${key} missing)`).toBe(area.vi?.[key]);
        expect(tables.en[key], `${file} English ${key}`).toBe(area.en?.[key]);
      }
    }
  });
});

describe('manifest strings', () => {
  const locale = (language: string) =>
    JSON.parse(readFileSync(join(ROOT, 'public/_locales', language, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

  it('has every __MSG_…__ the manifest uses, in Vietnamese (the default) and English', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/default_locale:\s*'vi'/);
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const language of ['vi', 'en']) {
      const messages = locale(language);
      for (const key of used) expect(messages[key]?.message.trim(), `${language} ${key}`).toBeTruthy();
    }
    expect(Object.keys(locale('en')).sort()).toEqual(Object.keys(locale('vi')).sort());
  });

  it('keeps descriptions within the 132 characters the Chrome Web Store shows', () => {
    for (const language of ['vi', 'en']) expect(locale(language).extDescription!.message.length).toBeLessThanOrEqual(132);
  });
});

/** Attributes a reader sees or hears: tooltips, accessible names, placeholders, image text. */
const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
]);
const LETTER = /\p{L}/u;

interface HardcodedString {
  file: string;
  line: number;
  text: string;
}

/** `translate="no"` (Preact: `translate={false}`) marks an element's text as not for translation (a code, a format). */
function insideNoTranslate(node: ts.Node): boolean {
  for (let current: ts.Node | undefined = node; current; current = current.parent) {
    const opening = ts.isJsxElement(current) ? current.openingElement : ts.isJsxSelfClosingElement(current) ? current : undefined;
    if (!opening) continue;
    const marked = opening.attributes.properties.some(
      (attribute) =>
        ts.isJsxAttribute(attribute) && attribute.name.getText() === 'translate' && ['"no"', '{false}'].includes(attribute.initializer?.getText() ?? ''),
    );
    if (marked) return true;
  }
  return false;
}

/**
 * String literals an expression would show as they are: both branches of `a ? 'x' : 'y'`, the
 * right side of `ok && 'x'`, the text of a template. A call (`t('key')`, `format(x)`) is not
 * followed: what it returns is its own business.
 */
function shownLiterals(expression: ts.Expression): ts.Node[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return [expression];
  if (ts.isTemplateExpression(expression)) return [expression.head, ...expression.templateSpans.map((span) => span.literal)];
  if (ts.isParenthesizedExpression(expression)) return shownLiterals(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...shownLiterals(expression.whenTrue), ...shownLiterals(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) {
    const kind = expression.operatorToken.kind;
    if (kind === ts.SyntaxKind.AmpersandAmpersandToken) return shownLiterals(expression.right);
    if (kind === ts.SyntaxKind.BarBarToken || kind === ts.SyntaxKind.QuestionQuestionToken || kind === ts.SyntaxKind.PlusToken) {
      return [...shownLiterals(expression.left), ...shownLiterals(expression.right)];
    }
  }
  return [];
}

function literalText(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return node.getText();
}

function findHardcodedStrings(file: string, source: string): HardcodedString[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardcodedString[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!LETTER.test(text) || insideNoTranslate(node)) return;
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    found.push({ file, line: line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) {
      report(node, node.text);
    } else if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent)) {
      for (const literal of shownLiterals(node.expression)) report(literal, literalText(literal));
    } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const initializer = node.initializer;
      if (ts.isStringLiteral(initializer)) report(initializer, initializer.text);
      else if (ts.isJsxExpression(initializer) && initializer.expression) {
        for (const literal of shownLiterals(initializer.expression)) report(literal, literalText(literal));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

describe('findHardcodedStrings', () => {
  const scan = (source: string) => findHardcodedStrings('Example.tsx', source).map((finding) => finding.text);

  it('finds text written straight into JSX and into visible attributes', () => {
    const source = `
      export const A = ({ ok }: { ok: boolean }) => (
        <section title="Sổ tay">
          <h1>Xin chào</h1>
          <img src="x.png" alt="Biểu tượng" />
          <input placeholder={'Tìm kiếm'} aria-label={ok ? 'Đóng' : t('close')} />
          <p>{ok && 'Đã lưu'}</p>
          <p>{\`Có \${n} số liệu\`}</p>
        </section>
      );`;
    expect(scan(source)).toEqual(['Sổ tay', 'Xin chào', 'Biểu tượng', 'Tìm kiếm', 'Đóng', 'Đã lưu', 'Có', 'số liệu']);
  });

  it('accepts t() calls, values, punctuation, numbers, class names and text marked translate="no"', () => {
    const source = `
      export const B = ({ site }: { site: { name: string } }) => (
        <main class="options" id="main-panel" data-kind="figure">
          <h1 title={t('appName')}>{t('optionsTitle')}</h1>
          <p>{site.name} — <code>{site.pattern}</code> · 10/63 %</p>
          <button aria-label={t('readingListRemoveLabel', { name: site.name })}>×</button>
          <abbr translate="no">DTI</abbr>
          <input placeholder="2023-Q3" translate={false} />
          <input type="text" inputMode="decimal" autoComplete="off" />
        </main>
      );`;
    expect(scan(source)).toEqual([]);
  });
});

describe('components and pages', () => {
  it('write no user-visible string straight into JSX: every one goes through t()', () => {
    const files = [...tsxFiles(join(ROOT, 'components')), ...tsxFiles(join(ROOT, 'entrypoints'))];
    expect(files.length).toBeGreaterThan(0);
    const findings = files.flatMap((path) => findHardcodedStrings(relative(ROOT, path), readFileSync(path, 'utf8')));
    expect(findings.map(({ file, line, text }) => `${file}:${line} ${JSON.stringify(text)}`)).toEqual([]);
  });
});
