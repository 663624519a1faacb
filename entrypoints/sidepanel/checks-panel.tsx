/** The Checks tab's data: the report the background keeps for the active tab, followed as it changes. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ChecksTab } from '@/components/checks/ChecksTab';
import { pageReportKey, type PageReport } from '@/utils/messaging';

async function activeReport(): Promise<PageReport | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  const key = pageReportKey(tab.id);
  return (await browser.storage.session.get(key))[key] as PageReport | undefined;
}

export function ChecksPanel() {
  const [report, setReport] = useState<PageReport | undefined>();
  useEffect(() => {
    const refresh = () => void activeReport().then(setReport);
    refresh();
    browser.storage.session.onChanged.addListener(refresh);
    browser.tabs.onActivated.addListener(refresh);
    return () => {
      browser.storage.session.onChanged.removeListener(refresh);
      browser.tabs.onActivated.removeListener(refresh);
    };
  }, []);
  return <ChecksTab findings={report?.findings ?? []} />;
}
