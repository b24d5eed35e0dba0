import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '@/lib/i18n';

// Language names are written in their own language, so a reader finds theirs whatever is active.
const NATIVE_NAMES: Record<Language, string> = { nb: 'Norsk bokmål', sv: 'Svenska', da: 'Dansk', en: 'English' };

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select id="language-select" value={i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {NATIVE_NAMES[lang]}
          </option>
        ))}
      </select>
    </div>
  );
}
