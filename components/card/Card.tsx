/**
 * The card a mark opens: what Soi read from the figure or reference, what the rest of Soi knows
 * about it, and what the reader can do with it. Everything page-derived is rendered as text.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FigureContext } from '../../utils/attribution/types';
import type { Reference } from '../../utils/extraction/types';
import type { CardActions } from '../../utils/annotation/card-ui';
import type { MarkNotes, Marked } from '../../utils/annotation/marks';
import { lookupLinks } from '../../utils/annotation/lookup-links';
import { t, type MessageKey } from '../../utils/i18n';
import { figureValue, plainDate } from './format';
import { periodName } from '../../utils/i18n/period';

export interface CardProps {
  item: Marked;
  notes: MarkNotes;
  actions: CardActions;
  /** Move keyboard focus into the card when it opens (opened from the keyboard). */
  takeFocus: boolean;
}

function Row({ label, children }: { label: string; children: preact.ComponentChildren }) {
  return (
    <div class="row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Unknown() {
  return <span class="unknown">{t('card.unknown')}</span>;
}

function periodText(period: Exclude<FigureContext['period'], 'unknown'>): string {
  return period.from === period.to ? plainDate(period.from) : `${periodName(period.key)} (${plainDate(period.from)} – ${plainDate(period.to)})`;
}

function ContextRows({ context }: { context: FigureContext | undefined }) {
  const indicator = context?.indicator;
  const subject = context?.subject;
  const period = context?.period;
  return (
    <>
      <Row label={t('card.indicator')}>{indicator && indicator !== 'unknown' ? indicator.name : <Unknown />}</Row>
      <Row label={t('card.subject')}>{subject && subject !== 'unknown' ? subject.name : <Unknown />}</Row>
      <Row label={t('card.period')}>{period && period !== 'unknown' ? periodText(period) : <Unknown />}</Row>
    </>
  );
}

function LookupLinks({ symbol }: { symbol: string }) {
  return (
    <div class="lookup">
      <span class="lookup-title">{t('card.reference.lookup')}</span>
      <ul>
        {lookupLinks(symbol).map((link) => (
          <li key={link.id}>
            <a href={link.url} target="_blank" rel="noopener noreferrer">
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ReferenceRows({ reference }: { reference: Reference }) {
  return (
    <>
      <Row label={t('card.reference.type')}>{reference.docType ?? <Unknown />}</Row>
      <Row label={t('card.reference.symbol')}>{reference.symbol}</Row>
      <Row label={t('card.reference.issuer')}>{reference.issuer ?? <Unknown />}</Row>
      <Row label={t('card.reference.date')}>{reference.date ? plainDate(reference.date) : <Unknown />}</Row>
    </>
  );
}

function Notes({ notes }: { notes: MarkNotes }) {
  const lines: { key: string; tone: 'ok' | 'warning'; text: string }[] = [];
  if (notes.check) {
    lines.push({ key: 'check', tone: notes.check.status, text: t(notes.check.status === 'ok' ? 'card.check.ok' : 'card.check.warning') });
    notes.check.explanations.forEach((text, i) => lines.push({ key: `why${i}`, tone: notes.check?.status ?? 'ok', text }));
  }
  if (lines.length === 0) return null;
  return <NoteList lines={lines} />;
}

function NoteList({ lines }: { lines: { key: string; tone: 'ok' | 'warning'; text: string }[] }) {
  return (
    <ul class="notes">
      {lines.map((line) => (
        <li key={line.key} class={line.tone}>
          {line.text}
        </li>
      ))}
    </ul>
  );
}

/**
 * What the notebook holds about a figure. Always there on a figure's card and always the same
 * size (its lines scroll inside): the card's host sits in the page, whose scripts can measure it,
 * so nothing about its size or place may depend on what the reader keeps.
 */
function NotebookNotes({ notes }: { notes: MarkNotes }) {
  const cross = notes.crossCheck;
  const lines: { key: string; tone: 'ok' | 'warning'; text: string }[] = [];
  if (cross?.held) lines.push({ key: 'held', tone: 'ok', text: t('card.cross.held') });
  cross?.matches.forEach((s, i) => lines.push({ key: `m${i}`, tone: 'ok', text: t('card.cross.match', { source: s.title || s.site }) }));
  cross?.contradictions.forEach((s, i) =>
    lines.push({ key: `c${i}`, tone: 'warning', text: t('card.cross.contradiction', { source: s.title || s.site, value: s.text }) }),
  );
  return (
    <section class="notebook" tabIndex={0} aria-label={t('card.cross.title')}>
      {lines.length > 0 ? <NoteList lines={lines} /> : <p class="unknown">{t('card.cross.none')}</p>}
    </section>
  );
}

export function Card({ item, notes, actions, takeFocus }: CardProps) {
  const [status, setStatus] = useState('');
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) root.current?.focus();
  }, [item, takeFocus]);

  const clip = async () => {
    const outcome = await actions.clip();
    setStatus(outcome.ok ? t(outcome.duplicate ? 'card.clip.duplicate' : 'card.clip.saved') : t('card.clip.failed', { error: outcome.error }));
  };
  const copy = async () => setStatus(t((await actions.copy()) ? 'card.copy.done' : 'card.copy.failed'));

  const isFigure = item.type === 'figure';
  const title = t(isFigure ? 'card.label.figure' : 'card.label.reference');
  const quote = item.type === 'figure' ? item.figure.text : item.type === 'reference' ? item.reference.text : item.backref.text;

  return (
    <div class={`card ${item.type}`} role="dialog" aria-label={title} tabIndex={-1} ref={root}>
      <div class="head">
        <span class="badge">{title}</span>
        <button type="button" class="close" aria-label={t('close')} onClick={actions.close}>
          ×
        </button>
      </div>
      <p class="quote">{quote}</p>
      <dl>
        {item.type === 'figure' ? (
          <>
            <Row label={t('card.value')}>{figureValue(item.figure)}</Row>
            <Row label={t('card.kind')}>{t(`card.kind.${item.figure.kind}` as MessageKey)}</Row>
            <ContextRows context={notes.context} />
            <Row label={t('card.hedge')}>{item.figure.qualifier ?? t('card.exact')}</Row>
          </>
        ) : item.type === 'reference' ? (
          <ReferenceRows reference={item.reference} />
        ) : (
          <>
            <Row label={t('card.backref.cites')}>{item.cited ? item.cited.text : t('card.backref.notFound')}</Row>
            {item.cited ? <ReferenceRows reference={item.cited} /> : <Row label={t('card.reference.symbol')}>{item.backref.symbol}</Row>}
          </>
        )}
      </dl>
      {/* Outside the <dl>: a list of terms may hold only term/description groups. */}
      {item.type === 'figure' && notes.context?.target ? <p class="note">{t('card.target')}</p> : null}
      {item.type === 'reference' ? <LookupLinks symbol={item.reference.symbol} /> : null}
      {item.type === 'backref' ? <LookupLinks symbol={item.cited?.symbol ?? item.backref.symbol} /> : null}
      <Notes notes={notes} />
      <div class="actions">
        <button type="button" onClick={clip}>
          {t('card.action.clip')}
        </button>
        <button type="button" onClick={copy}>
          {t('card.action.copy')}
        </button>
        <button type="button" onClick={actions.ignore}>
          {t('card.action.ignore')}
        </button>
      </div>
      {item.type === 'figure' ? <NotebookNotes notes={notes} /> : null}
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <p class="keys">{t('card.keys')}</p>
    </div>
  );
}
