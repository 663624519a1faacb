/** A message for the reader: news politely (status), problems at once (alert), with an optional action. */
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n';

export interface NoticeProps {
  tone: 'info' | 'error';
  lines: readonly string[];
  action?: { label: string; run: () => void };
  onDismiss?: () => void;
  children?: ComponentChildren;
}

export function Notice({ tone, lines, action, onDismiss }: NoticeProps) {
  return (
    <div class={`nb-notice nb-notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div class="nb-notice-text">
        {lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      {action && (
        <button type="button" onClick={action.run}>
          {action.label}
        </button>
      )}
      {onDismiss && (
        <button type="button" class="nb-quiet" onClick={onDismiss} aria-label={t('close')}>
          ×
        </button>
      )}
    </div>
  );
}
