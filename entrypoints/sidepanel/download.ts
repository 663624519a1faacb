/** Saving a file from an extension page: a temporary object URL on a link with `download`. */
export function download(content: Blob | string, fileName: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `soi-notebook-2026-11-30.csv` */
export function fileName(extension: string, now = new Date()): string {
  return `soi-notebook-${now.toISOString().slice(0, 10)}.${extension}`;
}
