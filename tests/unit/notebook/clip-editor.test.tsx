/** Correcting a clip in the side panel: the period Soi gave it is accepted back as it stands. */
import { render } from 'preact';
import { afterEach, expect, it } from 'vitest';
import { ClipEditor } from '@/components/notebook/ClipEditor';
import { publicationPeriod } from '@/utils/attribution/periods';
import type { ClipEdit } from '@/utils/notebook/clips';
import { clipFromDraft } from '@/utils/notebook/clips';
import type { FigureClip } from '@/utils/notebook/types';
import { context, figureDraft, namDinh } from './drafts';

afterEach(() => {
  document.body.innerHTML = '';
});

it('saves a clip whose period is the page’s date (đến tháng 3/2023) without asking for another', () => {
  const draft = figureDraft({
    text: '98,65%',
    value: 98.65,
    figureKind: 'percent',
    attribution: context('van-ban-dien-tu', namDinh, publicationPeriod('2023-03')),
  });
  const clip = { ...(clipFromDraft(draft, 1) as FigureClip), id: 1 };
  const saved: ClipEdit[] = [];
  const root = document.createElement('div');
  document.body.append(root);
  render(<ClipEditor clip={clip} indicators={[]} provinces={{ 63: [namDinh], 34: [] }} onSave={(edit) => saved.push(edit)} onCancel={() => {}} />, root);
  expect(root.querySelector('[aria-invalid="true"]')).toBeNull();
  root.querySelector('form')?.dispatchEvent(new Event('submit', { cancelable: true }));
  expect(saved).toHaveLength(1);
  expect(saved[0]?.attribution?.period).toMatchObject({ key: 'to-2023-03', from: '2023-03-01', to: '2023-03-31' });
});
