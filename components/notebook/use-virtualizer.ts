/**
 * @tanstack/virtual-core in Preact: what @tanstack/react-virtual's hook does (one Virtualizer per
 * component, re-rendered when it says the visible range moved), without aliasing React.
 */
import { Virtualizer, elementScroll, measureElement, observeElementOffset, observeElementRect, type VirtualizerOptions } from '@tanstack/virtual-core';
import { useLayoutEffect, useState } from 'preact/hooks';

type Options = Pick<
  VirtualizerOptions<HTMLElement, HTMLElement>,
  'count' | 'getItemKey' | 'paddingStart' | 'paddingEnd' | 'getScrollElement' | 'estimateSize' | 'overscan' | 'initialRect'
>;

export function useVirtualizer(options: Options): Virtualizer<HTMLElement, HTMLElement> {
  const [, setChanges] = useState(0);
  const resolved: VirtualizerOptions<HTMLElement, HTMLElement> = {
    scrollToFn: elementScroll,
    observeElementRect,
    observeElementOffset,
    measureElement,
    ...options,
    onChange: () => setChanges((n) => n + 1),
  };
  const [virtualizer] = useState(() => new Virtualizer(resolved));
  virtualizer.setOptions(resolved);
  useLayoutEffect(() => virtualizer._didMount(), []);
  useLayoutEffect(() => virtualizer._willUpdate());
  return virtualizer;
}
