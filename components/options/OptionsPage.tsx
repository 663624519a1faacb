import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLanguage } from '@/components/language/use-language';
import { t, type Language } from '@/utils/i18n';
import { DeleteAllData } from './DeleteAllData';
import { LanguageSetting } from './LanguageSetting';
import { PdfSetting } from './PdfSetting';
import { ReadingListEditor } from './ReadingListEditor';
import { ToleranceSettings } from './ToleranceSettings';
import '../extension-page.css';
import './options.css';

/** Soi's settings: language, the reading list, comparison tolerances, and deleting everything. */
export function OptionsPage({ initialLanguage }: { initialLanguage: Language }) {
  const language = useLanguage(initialLanguage);
  useEffect(() => {
    document.title = t('optionsPageTitle');
  }, [language]);

  return (
    <main>
      <header class="page-header">
        <img src={browser.runtime.getURL('/icon/48.png')} alt="" width={48} height={48} />
        <h1>{t('optionsTitle')}</h1>
      </header>
      <p class="help">{t('optionsIntro')}</p>
      {/* The reading list is long: these links take a keyboard user straight to each section. */}
      <nav class="sections" aria-label={t('optionsSections')}>
        <ul>
          <li>
            <a href="#language-title">{t('optionsLanguageTitle')}</a>
          </li>
          <li>
            <a href="#reading-list-title">{t('readingListTitle')}</a>
          </li>
          <li>
            <a href="#tolerance-title">{t('toleranceTitle')}</a>
          </li>
          <li>
            <a href="#delete-title">{t('deleteTitle')}</a>
          </li>
        </ul>
      </nav>
      <LanguageSetting language={language} />
      <ReadingListEditor />
      <PdfSetting />
      <ToleranceSettings />
      <DeleteAllData />
    </main>
  );
}
