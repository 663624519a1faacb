/**
 * Notices when a single-page app moves to another article without a page load (history
 * pushState/replaceState, back/forward). A content script cannot see the page's own calls to
 * `history.pushState`, so it listens to the Navigation API where there is one and otherwise
 * compares the address now and then.
 */
interface NavigationLike extends EventTarget {
  currentEntry?: { url?: string | null } | null;
}

function articleKey(href: string): string {
  const url = new URL(href);
  // A jump to an anchor inside the same article is not a new page.
  return `${url.origin}${url.pathname}${url.search}`;
}

export function watchNavigation(win: Window, onNavigate: (url: string) => void, pollMs = 1_000): () => void {
  let last = articleKey(win.location.href);
  const check = () => {
    const key = articleKey(win.location.href);
    if (key === last) return;
    last = key;
    onNavigate(win.location.href);
  };
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('navigatesuccess', check);
  navigation?.addEventListener('currententrychange', check);
  win.addEventListener('popstate', check);
  const timer = setInterval(check, pollMs);
  return () => {
    navigation?.removeEventListener('navigatesuccess', check);
    navigation?.removeEventListener('currententrychange', check);
    win.removeEventListener('popstate', check);
    clearInterval(timer);
  };
}
