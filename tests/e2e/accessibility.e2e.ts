/**
 * Accessibility of what Soi draws: axe-core finds no serious or critical violation in the side
 * panel, the options page, the first-run page and an open card, and every control of the options
 * and first-run pages can be reached with Tab and shows where the focus is.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { describeViolations, isSerious, runAxe, type AxeReport } from './axe';
import { launchSoi, type Soi } from './harness';
import { openFirstCard, openSoiShadowRoots } from './soi-world';

let soi: Soi;
const reports: AxeReport[] = [];

beforeAll(async () => {
  soi = await launchSoi({ extensionDir: process.env.SOI_EXTENSION_DIR });
});

afterAll(async () => {
  for (const report of reports) {
    console.log(
      `axe ${report.url}: ${report.passes} rules pass, ${report.violations.length} violations${report.violations.length ? '\n  ' : ''}${describeViolations(report.violations).join('\n  ')}`,
    );
  }
  await soi?.close();
});

async function audit(page: Page, include?: string): Promise<AxeReport> {
  const report = await runAxe(page, include);
  reports.push(report);
  return report;
}

/**
 * Presses Tab through the page and returns which of its visible controls were reached (radio
 * groups count as one stop, as browsers make them), and those that showed no focus outline.
 */
async function tabThrough(page: Page): Promise<{ controls: string[]; reached: string[]; invisibleFocus: string[] }> {
  const controls = await page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
    const seen = new Set<string>();
    const names: string[] = [];
    document.querySelectorAll<HTMLElement>(selector).forEach((element, index) => {
      if (!element.checkVisibility()) return;
      const radioGroup = element instanceof HTMLInputElement && element.type === 'radio' ? `radio:${element.name}` : undefined;
      const name = radioGroup ?? `${element.tagName.toLowerCase()}#${index}`;
      element.dataset.e2eStop = name;
      if (!seen.has(name)) names.push(name);
      seen.add(name);
    });
    return names;
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached: string[] = [];
  const invisibleFocus: string[] = [];
  for (let press = 0; press < controls.length + 3; press += 1) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      const width = parseFloat(style.outlineWidth);
      const outlined = style.outlineStyle !== 'none' && width >= 2;
      const ringed = style.boxShadow !== 'none';
      return { stop: element.dataset.e2eStop ?? element.tagName, visible: outlined || ringed };
    });
    if (!focus) continue;
    if (!reached.includes(focus.stop)) reached.push(focus.stop);
    if (!focus.visible && !invisibleFocus.includes(focus.stop)) invisibleFocus.push(focus.stop);
  }
  return { controls, reached, invisibleFocus };
}

describe('accessibility', () => {
  test('options page: no serious or critical axe violation, every control reachable by Tab with a visible focus', async () => {
    const page = await soi.openExtensionPage('options.html');
    await page.locator('ul.sites li').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    const report = await audit(page);
    expect(describeViolations(report.violations.filter(isSerious))).toEqual([]);
    const { controls, reached, invisibleFocus } = await tabThrough(page);
    expect(controls.length).toBeGreaterThan(10);
    expect(controls.filter((control) => !reached.includes(control))).toEqual([]);
    expect(invisibleFocus).toEqual([]);
    await page.close();
  });

  test('options page: the delete confirmation is a modal dialog driven from the keyboard', async () => {
    const page = await soi.openExtensionPage('options.html');
    const deleteButton = page.getByRole('button', { name: 'Xóa toàn bộ dữ liệu của tôi' });
    await deleteButton.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hủy');
    const report = await audit(page);
    expect(describeViolations(report.violations.filter(isSerious))).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Xóa toàn bộ dữ liệu của tôi');
    await page.close();
  });

  test('first-run page: no serious or critical axe violation, every control reachable by Tab', async () => {
    const page = await soi.openExtensionPage('welcome.html');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');
    const report = await audit(page);
    expect(describeViolations(report.violations.filter(isSerious))).toEqual([]);
    const { controls, reached, invisibleFocus } = await tabThrough(page);
    expect(controls.length).toBeGreaterThanOrEqual(2);
    expect(controls.filter((control) => !reached.includes(control))).toEqual([]);
    expect(invisibleFocus).toEqual([]);
    await page.close();
  });

  test('options and first-run pages in dark mode: colours still pass axe', async () => {
    for (const name of ['options.html', 'welcome.html']) {
      const page = await soi.openExtensionPage(name);
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      const report = await audit(page);
      expect(describeViolations(report.violations.filter(isSerious)), name).toEqual([]);
      await page.close();
    }
  });

  test('an open card on a sample page: no serious or critical axe violation inside it', async () => {
    const sample = soi.site.samples.find((s) => s.host.endsWith('.gov.vn')) ?? soi.site.samples[0]!;
    const page = await soi.openSample(sample.host, sample.path);
    await openSoiShadowRoots(page);
    await openFirstCard(page);
    const report = await audit(page, 'soi-card');
    expect(report.passes).toBeGreaterThan(0);
    expect(describeViolations(report.violations.filter(isSerious))).toEqual([]);
    await page.close();
  });

  test('side panel: no serious or critical axe violation, with a clipped figure in the notebook', async () => {
    const sample = soi.site.samples.find((s) => s.host.endsWith('.gov.vn')) ?? soi.site.samples[0]!;
    const page = await soi.openSample(sample.host, sample.path);
    await openSoiShadowRoots(page);
    await openFirstCard(page);
    await page.locator('soi-card').getByRole('button', { name: 'Lưu vào sổ tay' }).click();
    const panel = await soi.openExtensionPage('sidepanel.html');
    await panel.getByRole('heading', { level: 1 }).waitFor();
    await panel.waitForTimeout(500);
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('vi');
    const report = await audit(panel);
    expect(describeViolations(report.violations.filter(isSerious))).toEqual([]);
    // The comparison grid is the other half of the panel.
    await panel.getByRole('tab', { name: 'So sánh' }).click();
    await panel.waitForTimeout(500);
    const grid = await audit(panel);
    expect(describeViolations(grid.violations.filter(isSerious))).toEqual([]);
    await panel.close();
    await page.close();
  });
});
