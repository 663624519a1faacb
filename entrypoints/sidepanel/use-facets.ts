/**
 * The values the filters and the Compare tab's indicator list offer, read once for both tabs: a
 * tab opened later starts from the values last read and follows the notebook from there.
 */
import type { NotebookDB } from '@/utils/notebook/db';
import { clipFacets, type Facets } from '@/utils/notebook/queries';
import { measured } from './measure';
import { useLiveQuery, type Live } from './use-live-query';

let lastRead: Facets | undefined;

/** `ready` false holds the read back (the list's first rows go first). */
export function useFacets(db: NotebookDB, ready = true): Live<Facets> {
  const live = useLiveQuery(async (signal) => (ready ? measured('soi:facets', () => clipFacets(db, signal)) : undefined), [db, ready]);
  if (live.value) lastRead = live.value;
  return { value: live.value ?? lastRead, error: live.error };
}
