/** Export and import controls; the caller does the work and reports the outcome. */
import { t } from '../../utils/i18n';

export type ExportFormat = 'csv' | 'xlsx' | 'json' | 'jsonld';

export interface ExportImportProps {
  busy: boolean;
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

export function ExportImport({ busy, onExport, onImportBackup, onImportTable }: ExportImportProps) {
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
      </fieldset>
    </div>
  );
}
