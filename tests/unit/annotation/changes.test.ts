import { describe, expect, it } from 'vitest';
import { changedRoots, watchChanges } from '../../../utils/annotation/changes';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  change();
  await flush();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('which parts of a changing page are read again', () => {
  it('reads a changed text with the block around it', async () => {
    document.body.innerHTML = '<article><p id="p">Đạt <b>98</b>%</p><p>khác</p></article>';
    const b = document.querySelector('b') as HTMLElement;
    const roots = changedRoots(await recordsOf(() => ((b.firstChild as Text).data = '97')), document);
    expect(roots).toEqual([document.querySelector('#p')]);
  });

  it('reads appended articles on their own (infinite scroll)', async () => {
    document.body.innerHTML = '<main id="feed"><article>cũ</article></main>';
    const feed = document.querySelector('#feed') as HTMLElement;
    const added: HTMLElement[] = [];
    const roots = changedRoots(
      await recordsOf(() => {
        for (let i = 0; i < 3; i++) {
          const article = document.createElement('article');
          article.textContent = `Bài ${i}: đạt 9${i}%`;
          feed.append(article);
          added.push(article);
        }
      }),
      document,
    );
    expect(roots).toEqual(added);
  });

  it('ignores Soi’s own card and mark wrappers', async () => {
    document.body.innerHTML = '<p>Đạt 98%</p>';
    const records = await recordsOf(() => {
      const card = document.createElement('soi-card');
      card.setAttribute('data-soi-ui', '');
      document.documentElement.append(card);
      const mark = document.createElement('mark');
      mark.setAttribute('data-soi-mark', 'figure');
      document.querySelector('p')?.append(mark);
      mark.append('x');
    });
    expect(records.length).toBeGreaterThan(0);
    expect(changedRoots(records, document)).toEqual([]);
    document.querySelector('soi-card')?.remove();
  });

  it('hands over one batch for a burst of changes, after the page is quiet', async () => {
    document.body.innerHTML = '<p id="a">1</p><p id="b">2</p>';
    const batches: Node[][] = [];
    const watcher = watchChanges(document, (roots) => batches.push(roots), { quietMs: 20, maxWaitMs: 1_000 });
    for (let i = 0; i < 10; i++) (document.querySelector(i % 2 ? '#a' : '#b') as HTMLElement).textContent = `đạt ${i}%`;
    await new Promise((resolve) => setTimeout(resolve, 80));
    watcher.stop();
    expect(batches).toHaveLength(1);
    expect(new Set(batches[0])).toEqual(new Set([document.querySelector('#a'), document.querySelector('#b')]));
  });

  it('keeps handing over batches, at a bounded rate, for a page that never stops changing', async () => {
    document.body.innerHTML = '<p id="a">0</p>';
    const times: number[] = [];
    const watcher = watchChanges(document, () => times.push(performance.now()), { quietMs: 50, maxWaitMs: 60 });
    const began = performance.now();
    const timer = setInterval(() => ((document.querySelector('#a') as HTMLElement).textContent = String(Math.random())), 5);
    await new Promise((resolve) => setTimeout(resolve, 700));
    clearInterval(timer);
    watcher.stop();
    expect(times.length).toBeGreaterThanOrEqual(2);
    // Never more often than the shortest wait allows.
    expect(times.length).toBeLessThanOrEqual(Math.ceil((performance.now() - began) / 60));
  });
});
