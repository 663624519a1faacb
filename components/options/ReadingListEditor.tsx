import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n';
import { READING_LIST, isOnReadingList, matchPattern, type ReadingListSite } from '@/utils/reading-list';
import { parseSiteInput } from '@/utils/reading-list/site-input';
import { getSetting, resetSetting, setSetting, watchSetting } from '@/utils/settings';

type Status = { text: string; error: boolean } | undefined;

const shipped = new Set(READING_LIST.map((site) => site.pattern));

/** The sites Soi reads by itself: remove any, add one by domain or article address, restore the defaults. */
export function ReadingListEditor() {
  const [sites, setSites] = useState<ReadingListSite[] | undefined>();
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<Status>();

  useEffect(() => {
    void getSetting('readingList').then(setSites);
    return watchSetting('readingList', setSites);
  }, []);

  const add = (event: Event) => {
    event.preventDefault();
    if (!sites) return;
    const parsed = parseSiteInput(input);
    if (!parsed.ok) {
      setStatus({ text: parsed.reason === 'empty' ? t('readingListErrorEmpty') : t('readingListErrorInvalid', { input: input.trim() }), error: true });
      return;
    }
    const { site } = parsed;
    const host = site.pattern.slice(2);
    if (sites.some((known) => known.pattern === site.pattern) || isOnReadingList(host, sites)) {
      setStatus({ text: t('readingListErrorDuplicate', { name: site.name }), error: true });
      return;
    }
    // Firefox grants a permission only from the click itself: ask before anything is awaited.
    const granted = shipped.has(site.pattern) ? Promise.resolve(true) : browser.permissions.request({ origins: [matchPattern(site)] }).catch(() => false);
    void granted.then(async (ok) => {
      if (!ok) {
        setStatus({ text: t('readingListErrorDenied', { name: site.name }), error: true });
        return;
      }
      await setSetting('readingList', [...sites, site]);
      setInput('');
      setStatus({ text: t('readingListAdded', { name: site.name }), error: false });
    });
  };

  const remove = async (site: ReadingListSite) => {
    if (!sites) return;
    await setSetting(
      'readingList',
      sites.filter((known) => known.pattern !== site.pattern),
    );
    setStatus({ text: t('readingListRemoved', { name: site.name }), error: false });
    document.getElementById('reading-list-input')?.focus();
  };

  const restore = async () => {
    await resetSetting('readingList');
    setStatus({ text: t('readingListRestored'), error: false });
  };

  return (
    <section class="card" aria-labelledby="reading-list-title">
      <h2 id="reading-list-title">{t('readingListTitle')}</h2>
      <p class="help">{t('readingListHelp')}</p>
      <form class="add-site" onSubmit={add} noValidate>
        <label for="reading-list-input">{t('readingListAddLabel')}</label>
        <p id="reading-list-hint" class="hint">
          {t('readingListAddHint')}
        </p>
        <div class="row">
          <input
            id="reading-list-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            value={input}
            placeholder={t('readingListAddPlaceholder')}
            aria-describedby="reading-list-hint reading-list-status"
            aria-invalid={status?.error ? true : undefined}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
          <button type="submit" class="primary">
            {t('readingListAdd')}
          </button>
        </div>
      </form>
      <p id="reading-list-status" role="status" class={status?.error ? 'status error' : 'status'}>
        {status?.text ?? ''}
      </p>
      {sites && (
        <>
          <p class="count">{t('readingListCount', { count: sites.length })}</p>
          {sites.length === 0 ? (
            <p>{t('readingListEmpty')}</p>
          ) : (
            <ul class="sites">
              {sites.map((site) => (
                <li key={site.pattern}>
                  <span class="site-name">{site.name}</span>
                  <code class="site-pattern">{site.pattern}</code>
                  <button type="button" class="quiet" aria-label={t('readingListRemoveLabel', { name: site.name })} onClick={() => void remove(site)}>
                    {t('readingListRemove')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <button type="button" class="quiet" onClick={() => void restore()}>
        {t('readingListRestore')}
      </button>
    </section>
  );
}
