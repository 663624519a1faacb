import { render } from 'preact';
import 'uplot/dist/uPlot.min.css';
import '@/components/extension-page.css';
import '@/components/checks/checks.css';
import '@/components/notebook/notebook.css';
import { loadLanguage } from '@/components/language/use-language';
import { notebook } from '@/utils/notebook/db';
import { NotebookPanel } from './NotebookPanel';

void loadLanguage().then((language) => render(<NotebookPanel db={notebook()} initialLanguage={language} />, document.getElementById('app')!));
