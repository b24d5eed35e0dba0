import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { SelectField, TextField } from '@/components/ui/field';
import { Section } from '@/components/ui/page';
import { ErrorMessage, Loading } from '@/components/ui/status';
import { isApiError } from '@/lib/api-client';
import { currentYear } from '@/lib/clock';
import { useAllFactorSets, useCreateFactorSet } from '../api/factor-sets';

export function FactorSetsAdmin() {
  const { t } = useTranslation(['admin', 'common']);
  const sets = useAllFactorSets();
  const create = useCreateFactorSet();
  const [v, setV] = useState({ name: '', version: '1', country: 'NO', year: String(currentYear() - 1), illustrative: false, gwpSet: 'AR6' as 'AR5' | 'AR6' });
  const fe = isApiError(create.error) ? create.error.fieldErrors : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Factors are loaded with the set through the API (they need named sources); here the set is created empty.
    create.mutate({ name: v.name, version: v.version, country: v.country, year: Number(v.year), illustrative: v.illustrative, gwpSet: v.gwpSet, factors: [] });
  };
  return (
    <>
      {sets.isPending ? <Loading /> : sets.isError ? <ErrorMessage error={sets.error} /> : (
        <DataTable
          caption={t('factorSets.caption')}
          rows={sets.data.items}
          rowKey={(s) => s.id}
          empty={t('factorSets.empty')}
          columns={[
            { key: 'name', header: t('factorSets.name'), rowHeader: true, cell: (s) => `${s.name}${s.illustrative ? ` (${t('factorSets.illustrative')})` : ''}` },
            { key: 'ver', header: t('factorSets.version'), cell: (s) => s.version },
            { key: 'country', header: t('factorSets.country'), cell: (s) => (s.country ? t(`common:countries.${s.country}`, { defaultValue: s.country }) : '—') },
            { key: 'year', header: t('factorSets.year'), cell: (s) => s.year },
            { key: 'n', header: t('factorSets.factors'), numeric: true, cell: (s) => s.factorCount },
          ]}
        />
      )}
      <Section title={t('factorSets.create')} id="create-set">
        <form onSubmit={submit} className="grid-2">
          <TextField label={t('factorSets.name')} required value={v.name} onChange={(e) => setV({ ...v, name: e.target.value })} errors={fe.name} />
          <TextField label={t('factorSets.version')} required value={v.version} onChange={(e) => setV({ ...v, version: e.target.value })} errors={fe.version} />
          <SelectField label={t('factorSets.country')} value={v.country} onChange={(e) => setV({ ...v, country: e.target.value })}>
            {(['NO', 'SE', 'DK', 'FI'] as const).map((c) => (
              <option key={c} value={c}>
                {t(`common:countries.${c}`)}
              </option>
            ))}
          </SelectField>
          <TextField label={t('factorSets.year')} inputMode="numeric" required value={v.year} onChange={(e) => setV({ ...v, year: e.target.value })} errors={fe.year} />
          <SelectField label={t('factorSets.gwpSet')} value={v.gwpSet} onChange={(e) => setV({ ...v, gwpSet: e.target.value as 'AR5' | 'AR6' })}>
            <option value="AR6">AR6</option>
            <option value="AR5">AR5</option>
          </SelectField>
          <label className="checkbox">
            <input type="checkbox" checked={v.illustrative} onChange={(e) => setV({ ...v, illustrative: e.target.checked })} /> {t('factorSets.illustrative')}
          </label>
          <div>
            <Button type="submit" variant="primary" disabled={create.isPending}>
              {t('factorSets.create')}
            </Button>
          </div>
          {create.isError ? <ErrorMessage error={create.error} /> : null}
        </form>
      </Section>
    </>
  );
}
