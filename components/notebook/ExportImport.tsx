/** Export and import controls; the caller does the work and reports the outcome. */
import { t } from '../../utils/i18n';

export type ExportFormat = 'csv' | 'xlsx' | 'json' | 'jsonld';

/** An import being written: its file, and rows written of how many (0 of 0 while the file is read and checked). */
export interface ImportProgress {
  file: string;
  done: number;
  total: number;
}

export interface ExportImportProps {
  busy: boolean;
  importing?: ImportProgress;
  onCancelImport: () => void;
  onExport: (format: ExportFormat) => void;
  onImportBackup: (file: File) => void;
  onImportTable: (file: File) => void;
}

const FORMATS: ReadonlyArray<[ExportFormat, 'notebookExportCsv' | 'notebookExportXlsx' | 'notebookExportJson' | 'notebookExportJsonld']> = [
  ['csv', 'notebookExportCsv'],
  ['xlsx', 'notebookExportXlsx'],
  ['json', 'notebookExportJson'],
  ['jsonld', 'notebookExportJsonld'],
];

function FilePicker({ label, accept, disabled, onFile }: { label: string; accept: string; disabled: boolean; onFile: (file: File) => void }) {
  return (
    <label class={`nb-file${disabled ? ' nb-disabled' : ''}`}>
      <span>{label}</span>
      <input
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const input = event.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

/** The import's progress bar (without a value while the file is read and checked) and its Cancel button. */
function Progress({ importing, onCancel }: { importing: ImportProgress; onCancel: () => void }) {
  const label = importing.total
    ? t('notebookImportProgress', { file: importing.file, done: importing.done, total: importing.total })
    : t('notebookImportReading', { file: importing.file });
  return (
    <div class="nb-progress">
      <label>
        <span>{label}</span>
        {importing.total ? <progress max={importing.total} value={importing.done} /> : <progress />}
      </label>
      <button type="button" onClick={onCancel}>
        {t('notebookImportCancel')}
      </button>
    </div>
  );
}

export function ExportImport({ busy, importing, onCancelImport, onExport, onImportBackup, onImportTable }: ExportImportProps) {
  return (
    <div class="nb-io">
      <fieldset>
        <legend>{t('notebookExport')}</legend>
        {FORMATS.map(([format, label]) => (
          <button key={format} type="button" disabled={busy} data-export={format} onClick={() => onExport(format)}>
            {t(label)}
          </button>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('notebookImport')}</legend>
        <FilePicker label={t('notebookImportBackup')} accept=".json,application/json" disabled={busy} onFile={onImportBackup} />
        <FilePicker label={t('notebookImportCsv')} accept=".csv,text/csv" disabled={busy} onFile={onImportTable} />
        {importing && <Progress importing={importing} onCancel={onCancelImport} />}
      </fieldset>
    </div>
  );
}
