/**
 * The side panel's tabs, in order. A new tab is one line here: an id, its label key and its panel.
 */
import type { FunctionComponent } from 'preact';
import type { MessageKey } from '@/utils/i18n';
import type { NotebookDB } from '@/utils/notebook/db';
import { ChecksPanel } from './checks-panel';
import { ClipsPanel } from './clips-panel';
import { GridPanel } from './grid-panel';
import type { Say } from './say';

export interface TabProps {
  db: NotebookDB;
  say: Say;
}

export const TABS: ReadonlyArray<{ id: string; label: MessageKey; Panel: FunctionComponent<TabProps> }> = [
  { id: 'clips', label: 'notebookTabClips', Panel: ClipsPanel },
  { id: 'grid', label: 'notebookTabGrid', Panel: GridPanel },
  { id: 'checks', label: 'notebookTabChecks', Panel: ChecksPanel },
];
