import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';

/** Spreadsheets in the Nordics often save CSV as Windows-1252; UTF-8 is tried first. */
export async function readCsvFile(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * A CSV file of lines, appended on the server to the saved draft (all or nothing). The columns
 * are those of the API's import: a header row names them, in any order.
 */
export function UploadCsv({ onUpload, busy }: { onUpload: (csv: string, filename: string) => Promise<void>; busy: boolean }) {
  const { t } = useTranslation('reports');
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  return (
    <details className="paste-rows">
      <summary>{t('upload.open')}</summary>
      <div className="field">
        <label htmlFor={id}>{t('upload.label')}</label>
        <span id={`${id}-hint`} className="field-hint">
          {t('upload.hint')}
        </span>
        <input id={id} type="file" accept=".csv,text/csv" aria-describedby={`${id}-hint`} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </div>
      <Button
        disabled={!file || busy}
        onClick={() => {
          if (file) void readCsvFile(file).then((text) => onUpload(text, file.name));
        }}
      >
        {t('upload.submit')}
      </Button>
    </details>
  );
}
