import { describe, expect, it } from 'vitest';
import { extract } from '../../../utils/extraction';

describe('large and hostile input', () => {
  it('keeps every figure of one paragraph holding 150 000 of them', { timeout: 60_000 }, () => {
    const paragraph = Array.from({ length: 150_000 }, (_, i) => `${(i % 90) + 1}%`).join(', ');
    expect(extract(paragraph).figures).toHaveLength(150_000);
  });

  it('reads a 10 000-digit dotted number as no figure and keeps the figure after it', () => {
    const text = `Mã ${'1.'.repeat(5_000)}1 và tỷ lệ đạt 98,65%.`;
    const { figures } = extract(text);
    expect(figures.map((f) => f.text)).toEqual(['98,65%']);
  });
});
