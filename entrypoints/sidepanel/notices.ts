/** Turning what went wrong into words for the reader. */
import { t } from '@/utils/i18n';
import { isQuotaError } from '@/utils/notebook/clips';
import { UpgradeStorageFull } from '@/utils/notebook/db';
import { ImportError } from '@/utils/notebook/import';

export function problemLines(error: unknown): string[] {
  if (error instanceof UpgradeStorageFull) return [error.message];
  if (isQuotaError(error)) return [t('notebookQuotaError')];
  if (error instanceof ImportError) return error.problems;
  return [error instanceof Error ? error.message : String(error)];
}
