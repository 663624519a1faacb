import { useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { deleteAllMyData } from '@/utils/my-data';

type State = { phase: 'idle' | 'deleting' | 'done' } | { phase: 'failed'; reason: string };

/** The notebook and all settings gone, after the reader confirms in a modal dialog (Cancel has focus). */
export function DeleteAllData() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [state, setState] = useState<State>({ phase: 'idle' });

  const confirm = async () => {
    setState({ phase: 'deleting' });
    try {
      await deleteAllMyData();
      setState({ phase: 'done' });
    } catch (error) {
      setState({ phase: 'failed', reason: error instanceof Error ? error.message : String(error) });
    } finally {
      dialog.current?.close();
    }
  };

  return (
    <section class="card danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">{t('deleteTitle')}</h2>
      <p class="help" id="delete-help">
        {t('deleteHelp')}
      </p>
      <button type="button" class="danger" aria-describedby="delete-help" onClick={() => dialog.current?.showModal()}>
        {t('deleteButton')}
      </button>
      <p role="status" class={state.phase === 'failed' ? 'status error' : 'status'}>
        {state.phase === 'done' ? t('deleteDone') : state.phase === 'failed' ? t('deleteFailed', { reason: state.reason }) : ''}
      </p>
      <dialog ref={dialog} aria-labelledby="delete-confirm-title" aria-describedby="delete-confirm-text">
        <h3 id="delete-confirm-title">{t('deleteConfirmTitle')}</h3>
        <p id="delete-confirm-text">{t('deleteConfirmText')}</p>
        <div class="row end">
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            {t('deleteCancel')}
          </button>
          <button type="button" class="danger" disabled={state.phase === 'deleting'} onClick={() => void confirm()}>
            {t('deleteConfirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
