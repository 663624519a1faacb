/** Text into HTML: every string that is not our own markup goes through `escapeHtml`. */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Blank lines separate paragraphs; a single line break stays a line break inside one. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map(
      (block) =>
        `<p>${block
          .split('\n')
          .map((line) => escapeHtml(line.trim()))
          .join('<br>\n')}</p>`,
    )
    .join('\n');
}
