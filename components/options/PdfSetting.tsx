import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { getSetting, setSetting, watchSetting } from '@/utils/settings';

/** Whether PDFs on reading-list sites open in Soi's viewer by themselves. */
export function PdfSetting() {
  const [on, setOn] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    void getSetting('pdfAutoOpen').then(setOn);
    return watchSetting('pdfAutoOpen', setOn);
  }, []);
  return (
    <section class="card" aria-labelledby="pdf-title">
      <h2 id="pdf-title">{t('optionsPdfTitle')}</h2>
      <label class="choice">
        <input
          type="checkbox"
          checked={on ?? true}
          disabled={on === undefined}
          onChange={(event) => void setSetting('pdfAutoOpen', event.currentTarget.checked)}
        />
        {t('optionsPdfAuto')}
      </label>
    </section>
  );
}
