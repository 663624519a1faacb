import { t, type Language, type MessageKey } from '@/utils/i18n';
import { setSetting } from '@/utils/settings';

const CHOICES: readonly { language: Language; label: MessageKey }[] = [
  { language: 'vi', label: 'languageVi' },
  { language: 'en', label: 'languageEn' },
];

/** Vietnamese or English for every Soi page; the change reaches open pages through the setting. */
export function LanguageSetting({ language }: { language: Language }) {
  return (
    <section class="card" aria-labelledby="language-title">
      <h2 id="language-title">{t('optionsLanguageTitle')}</h2>
      <fieldset class="choices">
        <legend>{t('optionsLanguageHelp')}</legend>
        {CHOICES.map((choice) => (
          <label key={choice.language} class="choice" lang={choice.language}>
            <input
              type="radio"
              name="language"
              value={choice.language}
              checked={language === choice.language}
              onChange={() => void setSetting('language', choice.language)}
            />
            {t(choice.label)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
