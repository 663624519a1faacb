/** The card's own styles, inside its shadow root: the page's CSS cannot reach it, nor it the page. */
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: min(360px, calc(100vw - 16px)); max-height: min(480px, calc(100vh - 16px)); overflow: auto;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
  color: #1f2328; background: #ffffff; border: 1px solid #d0d7de; border-radius: 10px;
  box-shadow: 0 8px 24px rgb(0 0 0 / 0.18); padding: 10px 12px;
}
.card:focus { outline: 2px solid #9333ea; outline-offset: 2px; }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
.badge { font-size: 12px; font-weight: 600; padding: 1px 8px; border-radius: 999px; background: #fef3c7; color: #78350f; }
.reference .badge, .backref .badge { background: #dbeafe; color: #1e3a8a; }
.close { font: inherit; font-size: 18px; line-height: 1; border: 0; background: transparent; color: inherit; cursor: pointer; padding: 2px 6px; border-radius: 6px; }
.quote { margin: 8px 0; font-weight: 600; overflow-wrap: anywhere; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; }
.row { display: contents; }
dt { color: #57606a; }
dd { margin: 0; overflow-wrap: anywhere; }
.unknown { color: #6e7781; font-style: italic; }
.note { margin: 6px 0 0; color: #9a3412; }
.lookup { margin-top: 8px; }
.lookup-title { color: #57606a; }
.lookup ul, .notes { margin: 4px 0 0; padding-left: 18px; }
a { color: #0b5cad; }
.notes li.ok { color: #116329; }
.notes li.warning { color: #b42318; }
.actions { display: flex; gap: 6px; margin-top: 10px; flex-wrap: wrap; }
.actions button { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 6px; border: 1px solid #d0d7de; background: #f6f8fa; color: inherit; cursor: pointer; }
.actions button:first-child { background: #1f6feb; border-color: #1f6feb; color: #ffffff; }
button:focus-visible { outline: 2px solid #9333ea; outline-offset: 1px; }
.notebook { box-sizing: border-box; height: 4.9em; overflow-y: auto; margin-top: 8px; padding: 2px 0; border-top: 1px solid #d0d7de; }
.notebook p { margin: 4px 0 0; }
.notebook:focus-visible { outline: 2px solid #9333ea; outline-offset: 1px; }
.status { min-height: 1.2em; margin: 6px 0 0; font-size: 13px; }
.keys { margin: 4px 0 0; font-size: 11px; color: #6e7781; }
@media (prefers-color-scheme: dark) {
  .card { color: #e6edf3; background: #161b22; border-color: #30363d; }
  .notebook { border-top-color: #30363d; }
  dt, .lookup-title { color: #9da7b3; }
  .unknown, .keys { color: #8b949e; }
  a { color: #58a6ff; }
  .badge { background: #4d3800; color: #fde68a; }
  .reference .badge, .backref .badge { background: #0c2d6b; color: #bfdbfe; }
  .actions button { background: #21262d; border-color: #30363d; }
  .notes li.ok { color: #56d364; }
  .notes li.warning { color: #ff7b72; }
  .note { color: #fdba74; }
}
`;
