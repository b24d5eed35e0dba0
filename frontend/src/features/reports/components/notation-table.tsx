import { useTranslation } from 'react-i18next';
import { SCOPE3_CATEGORIES, NOTATIONS, type Category, type Notation } from '../utils/categories';
import type { LineDraft } from '../utils/line-draft';
import type { NotationProblem, ReportFormState } from '../utils/report-form-state';

type Props = {
  form: ReportFormState;
  onChange: (notations: ReportFormState['notations']) => void;
  readOnly: boolean;
  /** Client-side problems, shown once the user tried to submit. */
  problems: readonly NotationProblem[];
  /** API field errors already mapped to categories. */
  errors: Partial<Record<Category, string[]>>;
};

/**
 * The 15 scope-3 categories in one compact table: a category with lines is covered by them;
 * any other needs a notation key (NO, NE, IE, C) and a reason before the account can be submitted.
 */
export function NotationTable({ form, onChange, readOnly, problems, errors }: Props) {
  const { t } = useTranslation(['reports', 'common']);
  const lineCount = (c: Category) => form.lines.filter((l: LineDraft) => l.category === c).length;
  const set = (c: Category, patch: Partial<{ notation: Notation | ''; reason: string }>) => {
    const current = form.notations[c] ?? { notation: '', reason: '' };
    onChange({ ...form.notations, [c]: { ...current, ...patch } });
  };
  return (
    <div className="table-wrap">
      <table className="notation-table">
        <caption>{t('notations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('lines.category')}</th>
            <th scope="col">{t('notations.key')}</th>
            <th scope="col">{t('notations.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {SCOPE3_CATEGORIES.map((c) => {
            const lines = lineCount(c);
            const name = t(`common:category.${c}`);
            const n = form.notations[c] ?? { notation: '', reason: '' };
            const problem = problems.find((p) => p.category === c)?.problem;
            const messages = [...(problem ? [t(`notations.problem.${problem}`)] : []), ...(errors[c] ?? [])];
            const errorId = messages.length > 0 ? `notation-${c}-error` : undefined;
            return (
              <tr key={c} className={messages.length > 0 ? 'row-invalid' : undefined}>
                <th scope="row">{name}</th>
                {lines > 0 ? (
                  <td colSpan={2}>{t('notations.hasLines', { count: lines })}</td>
                ) : (
                  <>
                    <td>
                      <label className="visually-hidden" htmlFor={`notation-${c}`}>
                        {t('notations.keyFor', { category: name })}
                      </label>
                      <select
                        id={`notation-${c}`}
                        value={n.notation}
                        disabled={readOnly}
                        aria-invalid={problem === 'missing' || undefined}
                        aria-describedby={errorId}
                        onChange={(e) => set(c, { notation: e.target.value as Notation | '' })}
                      >
                        <option value="">{t('notations.none')}</option>
                        {NOTATIONS.map((k) => (
                          <option key={k} value={k}>
                            {`${k} – ${t(`notations.keys.${k}`)}`}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <label className="visually-hidden" htmlFor={`notation-${c}-reason`}>
                        {t('notations.reasonFor', { category: name })}
                      </label>
                      <input
                        id={`notation-${c}-reason`}
                        value={n.reason}
                        disabled={readOnly || n.notation === ''}
                        maxLength={1000}
                        aria-invalid={problem === 'reason' || undefined}
                        aria-describedby={errorId}
                        onChange={(e) => set(c, { reason: e.target.value })}
                      />
                      {errorId ? (
                        <span id={errorId} className="field-error">
                          {messages.join(' ')}
                        </span>
                      ) : null}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
