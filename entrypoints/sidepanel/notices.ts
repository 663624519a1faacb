/** Turning what went wrong into words for the reader. */
import { t } from '@/utils/i18n';
import { isQuotaError } from '@/utils/notebook/clips';
import { ImportError } from '@/utils/notebook/import';

export function problemLines(error: unknown): string[] {
  if (isQuotaError(error)) return [t('notebookQuotaError')];
  if (error instanceof ImportError) return error.problems;
  return [error instanceof Error ? error.message : String(error)];
}
