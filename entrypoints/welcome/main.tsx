import { render } from 'preact';
import { loadLanguage } from '@/components/language/use-language';
import { WelcomePage } from '@/components/welcome/WelcomePage';

void loadLanguage().then((language) => render(<WelcomePage initialLanguage={language} />, document.getElementById('app')!));
