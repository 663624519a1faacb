import { followReadingList } from '@/utils/background/reading-list-scripts';
import { openWelcomeOnInstall } from '@/utils/background/first-run';
import { startNotebookService } from '@/utils/background/notebook-service';
import { controlReader } from '@/utils/background/reader-control';
import { followPdfs } from '@/utils/background/pdf-opening';
import { serveExtraction } from '@/utils/annotation/background-extraction';

export default defineBackground(() => {
  openWelcomeOnInstall();
  followReadingList();
  startNotebookService();
  controlReader();
  followPdfs();
  serveExtraction();
});
