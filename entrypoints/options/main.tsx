import { render } from 'preact';
import { loadLanguage } from '@/components/language/use-language';
import { OptionsPage } from '@/components/options/OptionsPage';

void loadLanguage().then((language) => render(<OptionsPage initialLanguage={language} />, document.getElementById('app')!));
