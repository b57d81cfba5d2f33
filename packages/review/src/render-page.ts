import {reviewClient} from './review-client.js'
import type {ReviewDocument, ReviewPageOptions} from './types.js'

/** The page's strings in English; the CLI passes its own catalog's. */
export const defaultMessages: Record<string, string> = {
  filter: 'Show',
  'filter.all': 'all beads',
  'filter.error': 'errors',
  'filter.warning': 'warnings',
  'filter.one-sided': 'one-sided beads',
  'filter.low': 'low confidence',
  'filter.unreviewed': 'unreviewed',
  search: 'Search either language',
  shown: '{{count}} shown',
  'verdict.ok': 'ok',
  'verdict.warning': 'warning',
  'verdict.error': 'error',
  'status.unreviewed': 'unreviewed',
  'status.approved': 'approved',
  'status.rejected': 'rejected',
  'severity.error': 'error',
  'severity.warning': 'warning',
  'severity.info': 'info',
  reviewed: 'reviewed',
  confidence: 'confidence {{value}}',
  noSentence: '(nothing)',
  nothingShown: 'No bead matches the filter.',
  beadHeading: 'Bead {{number}} ({{type}})',
  edited: 'edited',
  findings: 'Findings',
  source: 'Source',
  target: 'Translation',
  actions: 'Edit the focused bead',
  'action.shift-src-up': 'Source sentence to previous bead ([)',
  'action.shift-src-down': 'Source sentence to next bead (])',
  'action.shift-tgt-up': 'Target sentence to previous bead ({)',
  'action.shift-tgt-down': 'Target sentence to next bead (})',
  'action.merge': 'Merge with next (m)',
  'action.split': 'Split (s)',
  'action.approve': 'Approve (a)',
  'action.reject': 'Reject (r)',
  'action.undo': 'Undo (Ctrl+Z)',
  'action.redo': 'Redo (Ctrl+Y)',
  'action.next-unreviewed': 'Next unreviewed (n)',
  'action.export': 'Export corrections',
  keys: 'Keys: j/k or ↓/↑ move, n next unreviewed, a approve, r reject, m merge, s split, [ ] { } move a sentence, Ctrl+Z undo.',
  exported: 'Corrections exported.',
  restored: 'Edit undone or redone.'
}

const actions = ['shift-src-up', 'shift-src-down', 'shift-tgt-up', 'shift-tgt-down', 'merge', 'split', 'approve', 'reject', 'undo', 'redo', 'next-unreviewed', 'export']
const filters = ['all', 'error', 'warning', 'one-sided', 'low', 'unreviewed']

/**
 * One self-contained HTML file (no network, no external fonts or scripts;
 * works from `file://`) showing the documents side by side, one row per bead.
 * Data travels as JSON inside the page and is inserted as text only.
 */
export function renderReviewPage(documents: readonly ReviewDocument[], options: ReviewPageOptions): string {
  if (!Array.isArray(documents)) throw new TypeError('renderReviewPage: `documents` must be an array')
  const messages = {...defaultMessages, ...options.messages}
  const m = (key: string) => escapeHtml(messages[key] ?? key)
  const payload = JSON.stringify({documents, messages})
  // `<` escaped so no text can close the <script> element it travels in.
  const json = payload.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
  const first = documents[0]
  return `<!doctype html>
<html lang="${escapeHtml(options.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(options.title)}</title>
<style>${css}</style>
</head>
<body>
<header>
<h1>${escapeHtml(options.title)}</h1>
<p class="counts"><span class="verdict verdict-ok"><span aria-hidden="true">✓</span> ${m('verdict.ok')}: <b id="count-ok">0</b></span>
<span class="verdict verdict-warning"><span aria-hidden="true">⚠</span> ${m('verdict.warning')}: <b id="count-warning">0</b></span>
<span class="verdict verdict-error"><span aria-hidden="true">✖</span> ${m('verdict.error')}: <b id="count-error">0</b></span>
<span>${m('reviewed')}: <b id="count-reviewed">0</b></span> <span id="shown"></span></p>
<div class="controls">
<label>${m('filter')} <select id="filter">${filters.map((f) => `<option value="${f}">${m(`filter.${f}`)}</option>`).join('')}</select></label>
<label>${m('search')} <input id="search" type="search"></label>
</div>
<div class="actions" role="toolbar" aria-label="${m('actions')}">${actions.map((a) => `<button type="button" data-action="${a}">${m(`action.${a}`)}</button>`).join('')}</div>
<p class="keys">${m('keys')}</p>
</header>
<main>
<div class="table">
<div class="head" aria-hidden="true"><span>#</span><span>${m('source')}${first ? ` (${escapeHtml(first.source.lang)})` : ''}</span><span>${m('target')}${first ? ` (${escapeHtml(first.target.lang)})` : ''}</span><span>${m('findings')}</span></div>
<div class="viewport" tabindex="0" role="region" aria-label="${escapeHtml(options.title)}"><div id="spacer"></div><div id="rows" role="list"></div></div>
</div>
<aside id="detail" aria-live="polite"></aside>
</main>
<details><summary>${m('findings')}</summary><ul id="findings-list"></ul></details>
<p id="announce" class="visually-hidden" aria-live="polite"></p>
<script type="application/json" id="review-data">${json}</script>
<script>(${reviewClient.toString()})()</script>
</body>
</html>
`
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const css = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.4 system-ui,sans-serif;color:#1b1b1b;background:#fff;display:flex;flex-direction:column;height:100vh}
header{padding:8px 12px;border-bottom:1px solid #ccc}
h1{font-size:18px;margin:0 0 4px}
h2{font-size:16px;margin:0 0 6px}
.counts span{margin-right:12px}
.controls,.actions{display:flex;flex-wrap:wrap;gap:8px;margin:4px 0}
button{font:inherit;padding:2px 8px}
.keys{margin:2px 0;color:#444;font-size:12px}
main{flex:1;display:flex;min-height:0}
.table{flex:3;display:flex;flex-direction:column;min-width:0}
.head{display:grid;grid-template-columns:150px 1fr 1fr 140px;font-weight:600;border-bottom:1px solid #999;padding:2px 4px}
.viewport{flex:1;overflow-y:auto;position:relative}
#rows{position:absolute;top:0;left:0;right:0}
.row{position:absolute;left:0;right:0;height:76px;display:grid;grid-template-columns:150px 1fr 1fr 140px;gap:6px;padding:4px;border-bottom:1px solid #e3e3e3;overflow:hidden;cursor:pointer}
.row[aria-current="true"]{outline:3px solid #1a56c4;outline-offset:-3px;background:#eef3fd}
.row[data-verdict="error"]{background:#fdecec}
.row[data-verdict="warning"]{background:#fff6e0}
.row[aria-current="true"][data-verdict]{background:#e8effc}
.cell{overflow:hidden;max-height:60px;display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical}
.detail-badges{display:flex;gap:12px}
.meta{display:flex;flex-wrap:wrap;gap:2px 6px;align-content:flex-start;font-size:12px}
.meta meter{width:60px}
.verdict{font-weight:600}
.verdict-ok{color:#0b6b2b}.verdict-warning{color:#7a4d00}.verdict-error{color:#a40e0e}
.status-approved{color:#0b6b2b}.status-rejected{color:#a40e0e}
.edited{font-style:italic}
.findings{font-size:12px;color:#444}
.empty{color:#666;font-style:italic}
mark{background:#ffe26b;color:inherit}
aside{flex:2;overflow-y:auto;border-left:1px solid #ccc;padding:8px 12px}
.detail-texts p{margin:6px 0;padding:6px;background:#f6f6f6}
.files{font-family:monospace;font-size:12px}
details{padding:4px 12px;border-top:1px solid #ccc;max-height:25vh;overflow:auto}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`
