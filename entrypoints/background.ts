import { followReadingList } from '@/utils/background/reading-list-scripts';
import { openWelcomeOnInstall } from '@/utils/background/first-run';
import { startNotebookService } from '@/utils/background/notebook-service';
import { controlReader } from '@/utils/background/reader-control';

export default defineBackground(() => {
  openWelcomeOnInstall();
  followReadingList();
  startNotebookService();
  controlReader();
});
