import 'i18next';
import type admin from '@/locales/en/admin.json';
import type common from '@/locales/en/common.json';
import type networks from '@/locales/en/networks.json';
import type reports from '@/locales/en/reports.json';
import type site from '@/locales/en/site.json';

// English is the reference: t('…') with a key that English lacks fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; networks: typeof networks; reports: typeof reports; admin: typeof admin; site: typeof site };
  }
}
