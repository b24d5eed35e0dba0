import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import type { FieldErrors } from '@/lib/api-client';
import { useFormat } from '@/lib/format';
import type { FactorSet } from '../api/get-factor-sets';
import { CATEGORIES_BY_SCOPE, SCOPES, type Category, type Scope } from '../utils/categories';
import { lineMilli, type LineDraft } from '../utils/line-draft';

type Props = {
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  factorSet: FactorSet | undefined;
  errors: FieldErrors;
  readOnly: boolean;
};

export function ReportLines({ lines, onChange, factorSet, errors, readOnly }: Props) {
  const { t } = useTranslation(['reports', 'common']);
  const fmt = useFormat();
  const update = (index: number, patch: Partial<LineDraft>) => onChange(lines.map((l, i) => (i === index ? { ...l, ...patch } : l)));
  const remove = (index: number) => onChange(lines.filter((_, i) => i !== index));

  if (lines.length === 0) return <p>{t('lines.empty')}</p>;
  return (
    <ol className="report-lines">
      {lines.map((line, i) => {
        const n = i + 1;
        const err = (f: string) => errors[`lines.${i}.${f}`];
        const factors = (factorSet?.factors ?? []).filter((f) => f.category === line.category) ?? [];
        const total = lineMilli(line);
        return (
          <li key={line.key} className="report-line">
            <fieldset disabled={readOnly}>
              <legend>{t('lines.legend', { n })}</legend>
              <div className="line-grid">
                <SelectField
                  label={t('lines.scope')}
                  value={line.scope}
                  errors={err('scope')}
                  onChange={(e) => {
                    const scope = Number(e.target.value) as Scope;
                    update(i, { scope, category: CATEGORIES_BY_SCOPE[scope][0] });
                  }}
                >
                  {SCOPES.map((s) => (
                    <option key={s} value={s}>
                      {t(`scope.${s}`)}
                    </option>
                  ))}
                </SelectField>
                <SelectField label={t('lines.category')} value={line.category} errors={err('category')} onChange={(e) => update(i, { category: e.target.value as Category, emissionFactorId: '' })}>
                  {CATEGORIES_BY_SCOPE[line.scope].map((c) => (
                    <option key={c} value={c}>
                      {t(`common:category.${c}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField label={t('lines.activity')} value={line.activity} errors={err('activity')} onChange={(e) => update(i, { activity: e.target.value })} />
                <SelectField label={t('lines.method')} value={line.mode} onChange={(e) => update(i, { mode: e.target.value as LineDraft['mode'] })}>
                  <option value="activity">{t('lines.methodActivity')}</option>
                  <option value="direct">{t('lines.methodDirect')}</option>
                </SelectField>
                {line.mode === 'activity' ? (
                  <>
                    <TextField label={t('lines.quantity')} inputMode="decimal" value={line.quantity} errors={err('quantity')} onChange={(e) => update(i, { quantity: e.target.value })} />
                    <TextField label={t('lines.unit')} value={line.unit} errors={err('unit')} onChange={(e) => update(i, { unit: e.target.value })} />
                    {factors.length > 0 ? (
                      <SelectField
                        label={t('lines.factorLookup')}
                        value={line.emissionFactorId}
                        onChange={(e) => {
                          const f = factors.find((x) => x.id === e.target.value);
                          update(i, f ? { emissionFactorId: f.id, factorKgPerUnit: String(f.kgCo2ePerUnit), unit: f.unit, factorSource: f.source } : { emissionFactorId: '' });
                        }}
                      >
                        <option value="">{t('lines.customFactor')}</option>
                        {factors.map((f) => (
                          <option key={f.id} value={f.id}>
                            {`${f.name} (${f.kgCo2ePerUnit} kg/${f.unit})`}
                          </option>
                        ))}
                      </SelectField>
                    ) : null}
                    <TextField
                      label={t('lines.factor')}
                      inputMode="decimal"
                      value={line.factorKgPerUnit}
                      errors={err('factorKgPerUnit')}
                      onChange={(e) => update(i, { factorKgPerUnit: e.target.value, emissionFactorId: '' })}
                    />
                    {line.scope === 2 ? (
                      <TextField label={t('lines.marketFactor')} inputMode="decimal" value={line.marketFactorKgPerUnit} errors={err('marketFactorKgPerUnit')} onChange={(e) => update(i, { marketFactorKgPerUnit: e.target.value })} />
                    ) : null}
                    <TextField label={t('lines.factorSource')} value={line.factorSource} errors={err('factorSource')} onChange={(e) => update(i, { factorSource: e.target.value })} />
                  </>
                ) : (
                  <>
                    <TextField label={t('lines.directT')} inputMode="decimal" value={line.directT} errors={err('directT')} onChange={(e) => update(i, { directT: e.target.value })} />
                    {line.scope === 2 ? (
                      <TextField label={t('lines.directMarketT')} inputMode="decimal" value={line.directMarketT} errors={err('directMarketT')} onChange={(e) => update(i, { directMarketT: e.target.value })} />
                    ) : null}
                  </>
                )}
              </div>
              <p className="line-total">
                {t('lines.lineTotal')}: <strong>{total === null ? t('lines.incomplete') : `${fmt.tonnesExact(total)} t`}</strong>
              </p>
              {!readOnly ? (
                <Button variant="danger" onClick={() => remove(i)}>
                  {t('lines.remove', { n })}
                </Button>
              ) : null}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
