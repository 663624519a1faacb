import { followReadingList } from '@/utils/background/reading-list-scripts';
import { openWelcomeOnInstall } from '@/utils/background/first-run';

export default defineBackground(() => {
  openWelcomeOnInstall();
  followReadingList();
  controlReader();
});
