/** Vietnamese or English for every Soi page; the choice is kept in settings by the caller. */
import { LANGUAGES, t, type Language } from '../../utils/i18n';

export interface LanguageSwitchProps {
  language: Language;
  onChange: (language: Language) => void;
}

export function LanguageSwitch({ language, onChange }: LanguageSwitchProps) {
  return (
    <label class="nb-language">
      <span>{t('notebookLanguage')}</span>
      <select value={language} onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as Language)}>
        {LANGUAGES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(option === 'vi' ? 'notebookLanguageVi' : 'notebookLanguageEn')}
          </option>
        ))}
      </select>
    </label>
  );
}
