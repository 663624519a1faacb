/**
 * Hidden text in a live page: what CSS hides (display: none, visibility: hidden, a closed
 * `<details>`, content-visibility: hidden) is not read, so marks and counts match what the reader sees.
 */
export function isHiddenInPage(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') {
    const style = element.ownerDocument.defaultView?.getComputedStyle(element);
    return style ? style.display === 'none' || style.visibility === 'hidden' : false;
  }
  if (element.checkVisibility({ visibilityProperty: true })) return false;
  // `display: contents` has no box of its own, yet its children render: not hidden.
  return element.ownerDocument.defaultView?.getComputedStyle(element).display !== 'contents';
}
