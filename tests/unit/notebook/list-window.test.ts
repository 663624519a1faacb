import { describe, expect, it } from 'vitest';
import { estimatedPlace, STEP, WINDOW, windowStart } from '../../../components/notebook/list-window';

describe('the rows the clip list lays out', () => {
  it('keeps its window while the screen stays a step inside it, however long the list', () => {
    expect(windowStart(0, 0, 5, 100_000)).toBe(0);
    expect(windowStart(0, 0, 5, 200_000)).toBe(0);
    expect(windowStart(STEP * 4, STEP * 6, STEP * 6 + 5, 200_000)).toBe(STEP * 4);
  });

  it('moves the window ahead before the screen reaches its last row, and back before its first', () => {
    const ahead = windowStart(0, WINDOW - STEP, WINDOW - STEP + 5, 100_000);
    expect(ahead).toBeGreaterThan(0);
    expect(ahead).toBeLessThanOrEqual(WINDOW - STEP);
    expect(ahead + WINDOW).toBeGreaterThan(WINDOW - STEP + 5 + STEP);
    const back = windowStart(STEP * 8, STEP * 8 + 2, STEP * 8 + 7, 100_000);
    expect(back).toBeLessThan(STEP * 8);
  });

  it('jumps to a screen far from it (the scrollbar dragged) and never runs past the list', () => {
    expect(windowStart(0, 50_000, 50_005, 100_000)).toBeLessThanOrEqual(50_000);
    expect(windowStart(0, 50_000, 50_005, 100_000) + WINDOW).toBeGreaterThan(50_005);
    expect(windowStart(0, 99_995, 99_999, 100_000)).toBe(100_000 - WINDOW);
    expect(windowStart(5_000, 10, 15, 300)).toBe(0);
  });

  it('tells the place of a row scrolled to outside the window by the estimated height', () => {
    const window = { start: 1_000, rows: WINDOW, top: 1_000 * 100, bottom: 1_000 * 100 + WINDOW * 120 };
    expect(estimatedPlace(50 * 100, window, 100)).toBe(50);
    expect(estimatedPlace(window.bottom + 10 * 100, window, 100)).toBe(1_000 + WINDOW + 10);
  });
});
