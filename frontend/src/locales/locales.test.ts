import { describe, expect, it } from 'vitest';
import { LANGUAGES, NAMESPACES, resources } from '@/lib/i18n';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

function values(tree: Tree): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
}

// Like petclinic's I18nPropertiesSyncTest: a key missing in one language fails the build.
describe('translations', () => {
  for (const ns of NAMESPACES) {
    const english = keys(resources.en[ns] as Tree).sort();
    for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
      it(`${lang}/${ns}.json has exactly the English keys`, () => {
        expect(keys(resources[lang][ns] as Tree).sort()).toEqual(english);
      });

      it(`${lang}/${ns}.json is translated, not copied`, () => {
        const en = values(resources.en[ns] as Tree);
        const other = values(resources[lang][ns] as Tree);
        const same = other.filter((v, i) => v === en[i] && /[a-z]{4,}/i.test(v.replace(/\{\{\w+\}\}|Scope|CO2e?|GWP|API|CSV|ID|AR\d/g, '')));
        // Some words are the same in both languages (Status, Region, Partner, Finland …): allow a few.
        expect(same.length / Math.max(other.length, 1)).toBeLessThan(0.15);
      });

      it(`${lang}/${ns}.json keeps every {{placeholder}}`, () => {
        const en = resources.en[ns] as Tree;
        const tr = resources[lang][ns] as Tree;
        for (const key of keys(en)) {
          const get = (t: Tree) => key.split('.').reduce<string | Tree | undefined>((n, k) => (typeof n === 'object' ? n[k] : undefined), t);
          const placeholders = (s: unknown) => String(s).match(/\{\{\w+\}\}/g)?.sort() ?? [];
          expect(placeholders(get(tr)), `${lang}:${ns}:${key}`).toEqual(placeholders(get(en)));
        }
      });
    }
  }
});
