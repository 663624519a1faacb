/**
 * Which marks the painter registers: those on pages near the view. The browser examines every
 * registered highlight range when the set changes and at each paint, so a long file's ~2 000 ranges
 * registered at once made one long task; a few pages' worth cost little. Ranges come and go as the
 * reader scrolls and zooms; counts, cards, keyboard steps and clipping still see every mark.
 */
import type { WatchNearView } from '@/utils/annotation/painter';
import type { Viewer } from './viewer';

export function pagesNearView(viewer: Pick<Viewer, 'pageOfNode' | 'isNear' | 'onNearChange'>): WatchNearView {
  return (report) => {
    const onPage = new Map<number, Set<Element>>();
    const pageOf = new Map<Element, number>();
    const stop = viewer.onNearChange((page, near) => {
      for (const element of onPage.get(page) ?? []) report(element, near);
    });
    return {
      observe(element) {
        const page = viewer.pageOfNode(element);
        if (page === undefined) return;
        pageOf.set(element, page);
        const elements = onPage.get(page) ?? new Set();
        onPage.set(page, elements.add(element));
        if (viewer.isNear(page)) report(element, true);
      },
      unobserve(element) {
        const page = pageOf.get(element);
        pageOf.delete(element);
        if (page !== undefined) onPage.get(page)?.delete(element);
      },
      disconnect() {
        stop();
        onPage.clear();
        pageOf.clear();
      },
    };
  };
}
