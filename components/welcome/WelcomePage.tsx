import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLanguage } from '@/components/language/use-language';
import { t, type Language, type MessageKey } from '@/utils/i18n';
import { canOpenNotebook, currentWindowId, openNotebook } from './open-notebook';
import '../extension-page.css';
import './welcome.css';

interface Shortcut {
  keys: string;
  description: string;
}

/**
 * Soi's own words for its commands: the browser gives the toolbar button's command no description
 * and the others in the browser's language, not the one the reader chose. Unknown commands keep
 * the manifest's description.
 */
const COMMAND_TEXT: Readonly<Record<string, MessageKey>> = {
  _execute_action: 'welcomeShortcutButton',
  _execute_browser_action: 'welcomeShortcutButton',
  'clip-selection': 'welcomeShortcutClip',
};

async function shortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll();
  return commands.flatMap((command) => {
    if (!command.shortcut) return [];
    const key = command.name ? COMMAND_TEXT[command.name] : undefined;
    const description = key ? t(key) : command.description;
    return description ? [{ keys: command.shortcut, description }] : [];
  });
}

/** First run: what Soi marks, how to clip, where the notebook is — three steps and two buttons. */
export function WelcomePage({ initialLanguage }: { initialLanguage: Language }) {
  const language = useLanguage(initialLanguage);
  const [keys, setKeys] = useState<Shortcut[]>([]);
  const [windowId, setWindowId] = useState<number>();
  const [notebookError, setNotebookError] = useState(false);

  useEffect(() => {
    document.title = t('welcomePageTitle');
  }, [language]);
  useEffect(() => {
    void shortcuts().then(setKeys);
    void currentWindowId().then(setWindowId);
  }, []);

  const open = () => {
    openNotebook(windowId).catch(() => setNotebookError(true));
  };

  return (
    <main>
      <header class="page-header">
        <img src={browser.runtime.getURL('/icon/48.png')} alt="" width={48} height={48} />
        <h1>{t('welcomeTitle')}</h1>
      </header>
      <p class="help">{t('welcomeIntro')}</p>
      <ol class="steps">
        <li class="card step">
          <h2>{t('welcomeStep1Title')}</h2>
          <p>{t('welcomeStep1Text')}</p>
          <figure class="example">
            <p class="sample">
              {t('welcomeExampleLead')} <span class="mark-figure">{t('welcomeExampleFigure')}</span>
              {t('welcomeExampleMiddle')} <span class="mark-reference">{t('welcomeExampleReference')}</span> {t('welcomeExampleEnd')}
            </p>
            <figcaption class="legend">
              <span class="mark-figure">{t('welcomeLegendFigure')}</span>
              <span class="mark-reference">{t('welcomeLegendReference')}</span>
            </figcaption>
          </figure>
        </li>
        <li class="card step">
          <h2>{t('welcomeStep2Title')}</h2>
          <p>{t('welcomeStep2Text')}</p>
          {keys.length > 0 && (
            <div class="shortcuts">
              <p>{t('welcomeShortcuts')}</p>
              <ul>
                {keys.map((shortcut) => (
                  <li key={shortcut.keys}>
                    <kbd>{shortcut.keys}</kbd> {shortcut.description}
                  </li>
                ))}
              </ul>
              <p class="hint">{t('welcomeShortcutsChange')}</p>
            </div>
          )}
        </li>
        <li class="card step">
          <h2>{t('welcomeStep3Title')}</h2>
          <p>{t('welcomeStep3Text')}</p>
          <div class="row">
            {canOpenNotebook && (
              <button type="button" class="primary" onClick={open}>
                {t('welcomeOpenNotebook')}
              </button>
            )}
            <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
              {t('welcomeOpenSettings')}
            </button>
          </div>
          {(notebookError || !canOpenNotebook) && (
            <p class="status error" role="status">
              {t('welcomeNotebookUnavailable')}
            </p>
          )}
        </li>
      </ol>
      <p class="privacy">{t('welcomePrivacy')}</p>
    </main>
  );
}
