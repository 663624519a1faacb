import { describe, expect, it } from 'vitest';
import { inDocumentOrder, stepFor, stepTo } from '../../../utils/annotation/keyboard';
import type { Mark } from '../../../utils/annotation/marks';

const key = (code: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => ({
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  code,
  ...mods,
});

function marksIn(html: string): Mark[] {
  document.body.innerHTML = html;
  return [...document.querySelectorAll('span')].map((span, i) => ({
    id: i,
    item: { type: 'figure', figure: { text: span.textContent ?? '', kind: 'percent', value: i, start: 0, end: 1 } },
    pieces: [{ node: span.firstChild as Text, from: 0, to: 1 }],
    notes: {},
  }));
}

describe('moving between marks from the keyboard', () => {
  it('answers Alt+Shift+N and Alt+Shift+P only', () => {
    expect(stepFor(key('KeyN', { altKey: true, shiftKey: true }))).toBe('next');
    expect(stepFor(key('KeyP', { altKey: true, shiftKey: true }))).toBe('previous');
    expect(stepFor(key('KeyN', { altKey: true }))).toBeUndefined();
    expect(stepFor(key('KeyN', { altKey: true, shiftKey: true, ctrlKey: true }))).toBeUndefined();
    expect(stepFor(key('KeyX', { altKey: true, shiftKey: true }))).toBeUndefined();
  });

  it('orders marks as they read, and wraps around at both ends', () => {
    const [a, b, c] = marksIn('<p><span>a</span></p><div><p><span>b</span></p></div><span>c</span>');
    const ordered = inDocumentOrder([c as Mark, a as Mark, b as Mark]);
    expect(ordered).toEqual([a, b, c]);
    expect(stepTo(ordered, a, 'next', () => false)).toBe(b);
    expect(stepTo(ordered, c, 'next', () => false)).toBe(a);
    expect(stepTo(ordered, a, 'previous', () => false)).toBe(c);
  });

  it('starts from the first mark in view when none is focused', () => {
    const ordered = marksIn('<span>a</span><span>b</span><span>c</span><span>d</span>');
    const above = new Set(ordered.slice(0, 2));
    expect(stepTo(ordered, undefined, 'next', (m) => above.has(m))).toBe(ordered[2]);
    expect(stepTo(ordered, undefined, 'previous', (m) => above.has(m))).toBe(ordered[1]);
    expect(stepTo([], undefined, 'next', () => false)).toBeUndefined();
  });
});
