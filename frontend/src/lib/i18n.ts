import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import daAdmin from '@/locales/da/admin.json';
import daCommon from '@/locales/da/common.json';
import daNetworks from '@/locales/da/networks.json';
import daReports from '@/locales/da/reports.json';
import daSite from '@/locales/da/site.json';
import enAdmin from '@/locales/en/admin.json';
import enCommon from '@/locales/en/common.json';
import enNetworks from '@/locales/en/networks.json';
import enReports from '@/locales/en/reports.json';
import enSite from '@/locales/en/site.json';
import nbAdmin from '@/locales/nb/admin.json';
import nbCommon from '@/locales/nb/common.json';
import nbNetworks from '@/locales/nb/networks.json';
import nbReports from '@/locales/nb/reports.json';
import nbSite from '@/locales/nb/site.json';
import svAdmin from '@/locales/sv/admin.json';
import svCommon from '@/locales/sv/common.json';
import svNetworks from '@/locales/sv/networks.json';
import svReports from '@/locales/sv/reports.json';
import svSite from '@/locales/sv/site.json';

export const LANGUAGES = ['nb', 'sv', 'da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const NAMESPACES = ['common', 'networks', 'reports', 'admin', 'site'] as const;

export const resources = {
  en: { common: enCommon, networks: enNetworks, reports: enReports, admin: enAdmin, site: enSite },
  nb: { common: nbCommon, networks: nbNetworks, reports: nbReports, admin: nbAdmin, site: nbSite },
  sv: { common: svCommon, networks: svNetworks, reports: svReports, admin: svAdmin, site: svSite },
  da: { common: daCommon, networks: daNetworks, reports: daReports, admin: daAdmin, site: daSite },
} as const;

const STORAGE_KEY = 'klimanett.lang';

const isLanguage = (v: string | null | undefined): v is Language => LANGUAGES.includes(v as Language);

/** Stored choice first, then the browser's languages (Norwegian "no"/"nn" read as bokmål), then bokmål. */
export function detectLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // storage blocked: fall through to the browser's preference
  }
  for (const tag of globalThis.navigator?.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    const mapped = base === 'no' || base === 'nn' ? 'nb' : base;
    if (isLanguage(mapped)) return mapped;
  }
  return 'nb';
}

export function setLanguage(lang: Language): Promise<unknown> {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // the choice still applies for this visit
  }
  return i18n.changeLanguage(lang);
}

i18n.on('languageChanged', (lng) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
});

export function initI18n(lng: Language = detectLanguage()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources,
      lng,
      fallbackLng: 'en',
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  } else if (i18n.language !== lng) {
    void i18n.changeLanguage(lng);
  }
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  return i18n;
}

export { i18n };
