/** The Clips tab: search, filters and the list, with editing, delete-with-undo and open-at-source. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClipEditor } from '@/components/notebook/ClipEditor';
import { ClipFilters } from '@/components/notebook/ClipFilters';
import { ClipList } from '@/components/notebook/ClipList';
import { INDICATORS } from '@/utils/attribution/indicators';
import type { Indicator } from '@/utils/attribution/types';
import { t } from '@/utils/i18n';
import { send } from '@/utils/messaging';
import { deleteClip, editClip, restoreClip, type ClipEdit } from '@/utils/notebook/clips';
import type { NotebookDB } from '@/utils/notebook/db';
import { provincesOf } from '@/utils/notebook/provinces';
import { clipsAt, countClips, matchingIds, type ClipFilter } from '@/utils/notebook/queries';
import type { Clip } from '@/utils/notebook/types';
import { measured } from './measure';
import { problemLines } from './notices';
import type { Say } from './say';
import { useFacets } from './use-facets';
import { useLiveQuery } from './use-live-query';

/** The list reads its rows this many at a time, around what is on screen. */
const PAGE = 25;
const PROVINCES = { 63: provincesOf(63), 34: provincesOf(34) } as const;
const KNOWN_INDICATORS: Indicator[] = INDICATORS.map((e) => ({ id: e.id, name: e.vi, en: e.en }));

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The pages of rows that cover the places from `start` up to `end`. */
function pagesAround(start: number, end: number): [number, number] {
  return [Math.floor(start / PAGE) * PAGE, Math.max(PAGE, Math.ceil(end / PAGE) * PAGE)];
}

export function ClipsPanel({ db, say }: { db: NotebookDB; say: Say }) {
  const [filter, setFilter] = useState<ClipFilter>({});
  const [editing, setEditing] = useState<number | undefined>();
  const [[from, to], setPages] = useState<[number, number]>([0, PAGE]);
  const settled = useDebounced(filter, 150);
  const filterKey = JSON.stringify(settled);
  const filtered = Object.values(settled).some(Boolean);
  // Unfiltered, the list pages straight through the primary key: its first rows need no count.
  const matches = useLiveQuery(async () => (filtered ? measured('soi:list', () => matchingIds(db, settled)) : undefined), [db, filterKey]);
  const ready = !filtered || matches.value !== undefined;
  const ids = filtered ? matches.value?.ids : undefined;
  const rows = useLiveQuery(
    async () => (ready ? { from, clips: await measured('soi:rows', () => clipsAt(db, ids, from, to - from)) } : undefined),
    [db, ready, ids, from, to],
  );
  // Counted once the first rows are in (a slice of the count read first would delay them), and
  // from then on followed, whatever the filter.
  const [listed, setListed] = useState(false);
  const hasRows = rows.value !== undefined;
  useEffect(() => {
    if (hasRows) setListed(true);
  }, [hasRows]);
  const count = useLiveQuery(async (signal) => (listed ? measured('soi:count', () => countClips(db, signal)) : undefined), [db, listed]);
  const facets = useFacets(db, listed);

  useEffect(() => {
    if (rows.value) performance.mark('soi:notebook:list-rendered');
  }, [rows.value]);

  const clipAt = (index: number) => (rows.value && index >= rows.value.from ? rows.value.clips[index - rows.value.from] : undefined);

  const indicators = useMemo(() => {
    const byId = new Map(KNOWN_INDICATORS.map((i) => [i.id, i]));
    for (const i of facets.value?.indicators ?? []) byId.set(i.id, i);
    return [...byId.values()];
  }, [facets.value]);

  const guard = (work: Promise<unknown>) => work.catch((error: unknown) => say({ tone: 'error', lines: problemLines(error) }));

  const remove = (clip: Clip) =>
    guard(
      deleteClip(db, clip.id).then((removed) => {
        if (!removed) return;
        say({
          tone: 'info',
          lines: [t('notebookDeleted', { text: removed.text })],
          action: { label: t('notebookUndo'), run: () => void guard(restoreClip(db, removed).then(() => say(undefined))) },
          timeout: 10_000,
        });
      }),
    );

  const open = (clip: Clip) => {
    say({ tone: 'info', lines: [t('notebookOpening')] });
    void send('clip.open', { id: clip.id }).then((answer) =>
      say(
        answer.ok
          ? { tone: answer.anchored === 'exact' || answer.anchored === 'moved' ? 'info' : 'error', lines: [t(`notebookAnchor_${answer.anchored}`)] }
          : { tone: 'error', lines: [answer.error] },
      ),
    );
  };

  // The copy the editor showed goes along: a clip changed meanwhile in another window is merged or refused, never silently overwritten.
  const save = (copy: Clip, edit: ClipEdit) =>
    guard(
      editClip(db, copy.id, edit, copy).then(({ merged }) => {
        setEditing(undefined);
        if (merged) say({ tone: 'info', lines: [t('clipEditMerged')], timeout: 10_000 });
      }),
    );
  const editingClip = rows.value?.clips.find((clip) => clip.id === editing);
  const error = matches.error ?? rows.error;

  if (error)
    return (
      <p class="nb-error" role="alert">
        {problemLines(error).join(' ')}
      </p>
    );
  return (
    <>
      {facets.value && <ClipFilters filter={filter} facets={facets.value} provinces={PROVINCES} onChange={setFilter} />}
      {rows.value && (
        <ClipList
          key={filterKey}
          matching={filtered ? (matches.value?.total ?? 0) : (count.value ?? rows.value.from + rows.value.clips.length)}
          total={count.value}
          clipAt={clipAt}
          onRange={(start, end) => {
            const [first, last] = pagesAround(start, end);
            if (first !== from || last !== to) setPages([first, last]);
          }}
          editingId={editing}
          editor={
            editingClip && (
              <ClipEditor
                key={editingClip.id}
                clip={editingClip}
                indicators={indicators}
                provinces={PROVINCES}
                onSave={(edit) => void save(editingClip, edit)}
                onCancel={() => setEditing(undefined)}
              />
            )
          }
          onEdit={(clip) => setEditing(clip.id)}
          onDelete={(clip) => void remove(clip)}
          onOpen={open}
        />
      )}
    </>
  );
}
