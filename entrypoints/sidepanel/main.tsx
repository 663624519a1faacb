import { render } from 'preact';
import { t } from '@/utils/i18n';

function Notebook() {
  return (
    <main>
      <h1>{t('notebookTitle')}</h1>
      <p>{t('notebookEmpty')}</p>
    </main>
  );
}

render(<Notebook />, document.getElementById('app')!);
