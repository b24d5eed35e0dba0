import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import type { FactorSet } from '../api/get-factor-sets';
import { parsePastedRows, type PasteError } from '../utils/paste';
import type { LineDraft } from '../utils/line-draft';

/** A textarea rather than a clipboard hook: it works with the keyboard and with any spreadsheet. */
export function PasteRows({ onAdd, factorSet }: { onAdd: (lines: LineDraft[]) => void; factorSet: FactorSet | undefined }) {
  const { t } = useTranslation('reports');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<PasteError[]>([]);
  const [added, setAdded] = useState<number | null>(null);

  const add = () => {
    const result = parsePastedRows(text, factorSet?.factors ?? []);
    setErrors(result.errors);
    setAdded(result.lines.length);
    if (result.lines.length > 0) onAdd(result.lines);
    // Rows that failed stay in the box so they can be fixed; good ones are removed.
    if (result.errors.length === 0) setText('');
  };

  return (
    <details className="paste-rows">
      <summary>{t('paste.open')}</summary>
      <TextAreaField label={t('paste.label')} hint={t('paste.hint')} rows={6} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} />
      <Button onClick={add} disabled={text.trim() === ''}>
        {t('paste.add')}
      </Button>
      <div aria-live="polite">
        {added !== null ? <p>{t('paste.added', { count: added })}</p> : null}
        {errors.length > 0 ? (
          <ul className="field-error">
            {errors.map((e) => (
              <li key={e.row}>{t(`paste.error.${e.reason}`, { row: e.row })}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </details>
  );
}
