import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomePage } from '@/components/welcome/WelcomePage';
import { setLanguage } from '@/utils/i18n';

async function showWelcome(language: 'vi' | 'en'): Promise<HTMLElement> {
  setLanguage(language);
  vi.spyOn(fakeBrowser.commands, 'getAll').mockResolvedValue([
    { name: '_execute_action', description: '', shortcut: 'Alt+Shift+S' },
    { name: 'clip-selection', description: 'Clip the figures in the selection to the Soi notebook', shortcut: 'Alt+Shift+C' },
    { name: 'unassigned', description: 'Something with no keys', shortcut: '' },
  ]);
  vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: 7, focused: true, alwaysOnTop: false, incognito: false });
  const root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<WelcomePage initialLanguage={language} />, root);
  });
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return root;
}

afterEach(() => {
  vi.restoreAllMocks();
  setLanguage('vi');
  document.body.innerHTML = '';
});

describe('the first-run page', () => {
  it('shows three steps: what Soi marks, how to clip, where the notebook is', async () => {
    const root = await showWelcome('vi');
    const steps = [...root.querySelectorAll('ol.steps > li h2')].map((heading) => heading.textContent);
    expect(steps).toEqual(['Soi đánh dấu số liệu và văn bản', 'Lưu số liệu vào sổ tay', 'Sổ tay nằm ở thanh bên']);
  });

  it('lists the shortcuts the browser assigned, described in the reader’s language', async () => {
    const root = await showWelcome('vi');
    const items = [...root.querySelectorAll('.shortcuts li')].map((item) => item.textContent);
    expect(items).toEqual([
      'Alt+Shift+S như bấm nút Soi: đọc trang này, hoặc tắt Soi trên trang web này',
      'Alt+Shift+C lưu các số liệu trong đoạn văn đang bôi đen vào sổ tay',
    ]);
  });

  it('speaks English when the reader chose it', async () => {
    const root = await showWelcome('en');
    expect(root.querySelector('h1')?.textContent).toBe('Soi is ready');
    expect(root.querySelector('.shortcuts li')?.textContent).toContain('same as the Soi button');
  });
});
