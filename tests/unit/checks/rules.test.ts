/**
 * The conventions that keep the checks findable: each rule is one file named after its id, listed in
 * `rules.ts`, with its name in both languages and fixtures that show it firing and keeping quiet.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../utils/checks';
import { checks } from '../../../utils/i18n/messages/checks';

const FIXTURES = join(__dirname, '../../fixtures/checks');
const expected = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as { expect: { rule: string; status: string }[] });

describe.each(RULES.map((rule) => rule.id))('the %s rule', (id) => {
  it('lives in a file of its own name', () => {
    expect(existsSync(join(__dirname, `../../../utils/checks/${id}.ts`))).toBe(true);
  });

  it('has its name and at least one explanation in Vietnamese and English', () => {
    for (const language of ['vi', 'en'] as const) {
      const keys = Object.keys(checks[language]);
      expect(keys).toContain(`checks.rule.${id}`);
      expect(keys.some((key) => key.startsWith('checks.explain.'))).toBe(true);
    }
  });

  it('has a fixture where it warns', () => {
    expect(expected.some((f) => f.expect.some((e) => e.rule === id && e.status === 'warning'))).toBe(true);
  });
});

it('lists each rule once', () => {
  const ids = RULES.map((rule) => rule.id);
  expect(new Set(ids).size).toBe(ids.length);
});
