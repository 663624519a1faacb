import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlightCss } from '../../../utils/annotation/styles';

describe('how marks look', () => {
  it('is the same in the sheet the manifest declares as in the one Soi adds to a page read on demand', () => {
    const declared = readFileSync(resolve(import.meta.dirname, '../../../utils/annotation/highlights.css'), 'utf8');
    const rules = declared.replace(/\/\*[\s\S]*?\*\//g, '').trim();
    expect(rules).toBe(highlightCss());
  });
});
