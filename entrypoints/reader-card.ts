/**
 * The card UI, loaded by the reader content script only when a card first opens, so the content
 * script every page pays for stays small. It runs in the content script's world and hands over
 * its mount function there.
 */
import { mountCard } from '@/components/card/mount';

export default defineUnlistedScript(() => {
  globalThis.soiCard = { mountCard };
});
