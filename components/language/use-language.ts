/**
 * The reader's language for an extension page: read from settings before the first render (so
 * the page does not flash Vietnamese then English), then followed when it changes in any Soi page.
 */
import { useEffect, useState } from 'preact/hooks';
import { setLanguage, type Language } from '@/utils/i18n';
import { getSetting, watchSetting } from '@/utils/settings';

function apply(language: Language): void {
  setLanguage(language);
  document.documentElement.lang = language;
}

export async function loadLanguage(): Promise<Language> {
  const language = await getSetting('language');
  apply(language);
  return language;
}

/** Re-renders the calling component with the new language when the setting changes. */
export function useLanguage(initial: Language): Language {
  const [language, setState] = useState(initial);
  useEffect(
    () =>
      watchSetting('language', (next) => {
        apply(next);
        setState(next);
      }),
    [],
  );
  return language;
}
