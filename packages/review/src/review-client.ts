/// <reference lib="dom" />
// The page's script. `renderReviewPage` inlines this function's source, so it
// must stay self-contained: no imports, no references outside its body. Data
// arrives as JSON in <script type="application/json">; every text goes into
// the page through text nodes, never as HTML.
export function reviewClient(): void {
  type Status = 'unreviewed' | 'approved' | 'rejected'
  interface Sentence {
    id: string
    text: string
    line: number
    column: number
  }
  interface Finding {
    ruleId: string
    severity: string
    message: string
    side: string
    line?: number
    column?: number
    highlight: string[]
  }
  interface Bead {
    src: number[]
    tgt: number[]
    verdict: string
    score: number
    findings: Finding[]
    status?: Status
    edited?: boolean
  }
  interface Side {
    file: string
    lang: string
    sentences: Sentence[]
  }
  interface Doc {
    source: Side
    target: Side
    beads: Bead[]
  }
  interface Data {
    documents: Doc[]
    messages: Record<string, string>
  }
  interface Row {
    doc: number
    bead: number
  }

  const data = JSON.parse((document.getElementById('review-data') as HTMLElement).textContent ?? '{}') as Data
  const m = (key: string, values: Record<string, string | number> = {}): string =>
    (data.messages[key] ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''))
  const rowHeight = 76
  const lowConfidence = 0.5
  const storageKey = `tolmach-review:${data.documents.map((d) => `${d.source.file}|${d.target.file}|${d.source.sentences.length}|${d.target.sentences.length}`).join(';')}`

  const $ = (id: string) => document.getElementById(id) as HTMLElement
  const list = $('rows')
  const spacer = $('spacer')
  const detail = $('detail')
  const search = $('search') as HTMLInputElement
  const filter = $('filter') as HTMLSelectElement
  const announce = $('announce')

  const undoStack: string[] = []
  let redoStack: string[] = []
  let rows: Row[] = []
  let focused = 0


  function snapshot(): string {
    return JSON.stringify(data.documents.map((d) => d.beads))
  }
  function restore(): void {
    let saved: string | null = null
    try {
      saved = localStorage.getItem(storageKey)
    } catch {
      saved = null
    }
    if (!saved) return
    try {
      const beads = JSON.parse(saved) as Bead[][]
      if (beads.length === data.documents.length) beads.forEach((b, i) => {
        ;(data.documents[i] as Doc).beads = b
      })
    } catch {
      // A damaged entry: start from the alignment as written.
    }
  }
  function save(): void {
    try {
      localStorage.setItem(storageKey, snapshot())
    } catch {
      // Storage full or refused (private mode): edits live until the page closes.
    }
  }

  function beadType(bead: Bead): string {
    return `${bead.src.length}-${bead.tgt.length}`
  }
  function matches(bead: Bead, doc: Doc): boolean {
    const kind = filter.value
    if (kind === 'error' && bead.verdict !== 'error') return false
    if (kind === 'warning' && bead.verdict !== 'warning') return false
    if (kind === 'one-sided' && bead.src.length > 0 && bead.tgt.length > 0) return false
    if (kind === 'low' && bead.score >= lowConfidence) return false
    if (kind === 'unreviewed' && (bead.status ?? 'unreviewed') !== 'unreviewed') return false
    const query = search.value.trim().toLowerCase()
    if (!query) return true
    const text = [...bead.src.map((i) => doc.source.sentences[i]?.text ?? ''), ...bead.tgt.map((j) => doc.target.sentences[j]?.text ?? '')]
      .join(' ')
      .toLowerCase()
    return text.includes(query)
  }
  function rebuildRows(): void {
    const current = rows[focused]
    rows = []
    data.documents.forEach((doc, d) => {
      doc.beads.forEach((bead, b) => {
        if (matches(bead, doc)) rows.push({doc: d, bead: b})
      })
    })
    focused = current ? Math.max(0, rows.findIndex((r) => r.doc === current.doc && r.bead >= current.bead)) : 0
    if (focused < 0) focused = 0
    spacer.style.height = `${rows.length * rowHeight}px`
    $('shown').textContent = m('shown', {count: rows.length})
  }
  function renderCounts(): void {
    const counts: Record<string, number> = {ok: 0, warning: 0, error: 0}
    let reviewed = 0
    for (const doc of data.documents) {
      for (const bead of doc.beads) {
        counts[bead.verdict] = (counts[bead.verdict] ?? 0) + 1
        if ((bead.status ?? 'unreviewed') !== 'unreviewed') reviewed++
      }
    }
    for (const verdict of ['ok', 'warning', 'error']) $(`count-${verdict}`).textContent = String(counts[verdict] ?? 0)
    $('count-reviewed').textContent = String(reviewed)
  }

  function appendHighlighted(parent: HTMLElement, text: string, marks: string[]): void {
    // Numbers and the strings findings name are marked; the rest is plain text.
    const ranges: Array<[number, number]> = []
    for (const match of text.matchAll(/\d[\d\s.,]*\d|\d/g)) ranges.push([match.index ?? 0, (match.index ?? 0) + match[0].length])
    const lower = text.toLowerCase()
    for (const mark of marks) {
      const needle = mark.toLowerCase()
      for (let at = lower.indexOf(needle); at >= 0 && needle; at = lower.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length])
    }
    ranges.sort((a, b) => a[0] - b[0])
    let last = 0
    for (const [start, end] of ranges) {
      if (start < last) continue
      parent.append(document.createTextNode(text.slice(last, start)))
      const el = document.createElement('mark')
      el.textContent = text.slice(start, end)
      parent.append(el)
      last = end
    }
    parent.append(document.createTextNode(text.slice(last)))
  }
  function sideText(parent: HTMLElement, side: Side, indexes: number[], marks: string[]): void {
    indexes.forEach((index, k) => {
      const sentence = side.sentences[index]
      if (!sentence) return
      if (k > 0) parent.append(document.createTextNode(' '))
      const span = document.createElement('span')
      span.className = 'sentence'
      span.dataset['sentence'] = sentence.id
      appendHighlighted(span, sentence.text, marks)
      parent.append(span)
    })
    if (indexes.length === 0) {
      const empty = document.createElement('span')
      empty.className = 'empty'
      empty.textContent = m('noSentence')
      parent.append(empty)
    }
  }
  const icons: Record<string, string> = {ok: '✓', warning: '⚠', error: '✖'}
  function verdictBadge(bead: Bead): HTMLElement {
    const badge = document.createElement('span')
    badge.className = `verdict verdict-${bead.verdict}`
    const icon = document.createElement('span')
    icon.setAttribute('aria-hidden', 'true')
    icon.textContent = icons[bead.verdict] ?? '?'
    badge.append(icon, document.createTextNode(` ${m(`verdict.${bead.verdict}`)}`))
    return badge
  }
  function statusBadge(bead: Bead): HTMLElement {
    const status = bead.status ?? 'unreviewed'
    const badge = document.createElement('span')
    badge.className = `status status-${status}`
    badge.textContent = (status === 'approved' ? '✓ ' : status === 'rejected' ? '✖ ' : '') + m(`status.${status}`)
    return badge
  }
  function marksOf(bead: Bead): string[] {
    return bead.findings.flatMap((f) => f.highlight)
  }

  function renderRow(row: Row, position: number): HTMLElement {
    const doc = data.documents[row.doc] as Doc
    const bead = doc.beads[row.bead] as Bead
    const el = document.createElement('div')
    el.className = 'row'
    el.setAttribute('role', 'listitem')
    if (position === focused) el.setAttribute('aria-current', 'true')
    el.id = `bead-${row.doc}-${row.bead}`
    el.dataset['bead'] = `${row.doc}:${row.bead}`
    el.dataset['verdict'] = bead.verdict
    el.dataset['status'] = bead.status ?? 'unreviewed'
    el.dataset['type'] = beadType(bead)
    el.style.top = `${position * rowHeight}px`
    const meta = document.createElement('div')
    meta.className = 'cell meta'
    const number = document.createElement('span')
    number.className = 'number'
    number.textContent = `${row.bead + 1}`
    const type = document.createElement('span')
    type.className = 'type'
    type.textContent = beadType(bead)
    const bar = document.createElement('meter')
    bar.min = 0
    bar.max = 1
    bar.low = lowConfidence
    bar.optimum = 1
    bar.value = bead.score
    bar.title = m('confidence', {value: bead.score.toFixed(2)})
    bar.setAttribute('aria-label', m('confidence', {value: bead.score.toFixed(2)}))
    meta.append(number, verdictBadge(bead), type, bar, statusBadge(bead))
    if (bead.edited) {
      const edited = document.createElement('span')
      edited.className = 'edited'
      edited.textContent = m('edited')
      meta.append(edited)
    }
    const src = document.createElement('div')
    src.className = 'cell text'
    src.lang = doc.source.lang
    sideText(src, doc.source, bead.src, marksOf(bead))
    const tgt = document.createElement('div')
    tgt.className = 'cell text'
    tgt.lang = doc.target.lang
    sideText(tgt, doc.target, bead.tgt, marksOf(bead))
    const findings = document.createElement('div')
    findings.className = 'cell findings'
    findings.textContent = bead.findings.length ? bead.findings.map((f) => f.ruleId).join(', ') : ''
    el.append(meta, src, tgt, findings)
    el.addEventListener('click', () => {
      focused = position
      render()
    })
    return el
  }

  function render(): void {
    const viewport = list.parentElement as HTMLElement
    const first = Math.max(0, Math.floor(viewport.scrollTop / rowHeight) - 5)
    const count = Math.ceil(viewport.clientHeight / rowHeight) + 10
    const fragment = document.createDocumentFragment()
    for (let i = first; i < Math.min(rows.length, first + count); i++) fragment.append(renderRow(rows[i] as Row, i))
    list.replaceChildren(fragment)
    renderDetail()
  }
  function renderDetail(): void {
    const row = rows[focused]
    detail.replaceChildren()
    if (!row) {
      detail.textContent = m('nothingShown')
      return
    }
    const doc = data.documents[row.doc] as Doc
    const bead = doc.beads[row.bead] as Bead
    const heading = document.createElement('h2')
    heading.textContent = m('beadHeading', {number: row.bead + 1, type: beadType(bead)})
    const files = document.createElement('p')
    files.className = 'files'
    const where = (side: Side, indexes: number[]) => {
      const first = side.sentences[indexes[0] ?? -1]
      return first ? `${side.file}:${first.line}:${first.column}` : side.file
    }
    files.textContent = `${where(doc.source, bead.src)} ↔ ${where(doc.target, bead.tgt)}`
    const texts = document.createElement('div')
    texts.className = 'detail-texts'
    const src = document.createElement('p')
    src.lang = doc.source.lang
    sideText(src, doc.source, bead.src, marksOf(bead))
    const tgt = document.createElement('p')
    tgt.lang = doc.target.lang
    sideText(tgt, doc.target, bead.tgt, marksOf(bead))
    texts.append(src, tgt)
    const findings = document.createElement('ul')
    findings.className = 'detail-findings'
    for (const finding of bead.findings) {
      const item = document.createElement('li')
      item.className = `severity-${finding.severity}`
      const place = finding.line ? ` (${finding.side === 'target' ? doc.target.file : doc.source.file}:${finding.line}:${finding.column})` : ''
      item.textContent = `${m(`severity.${finding.severity}`)}: ${finding.message} [${finding.ruleId}]${place}`
      findings.append(item)
    }
    const badges = document.createElement('p')
    badges.className = 'detail-badges'
    badges.append(verdictBadge(bead), statusBadge(bead))
    detail.append(heading, badges, files, texts, findings)
  }
  function renderFindingsList(): void {
    const listEl = $('findings-list')
    const fragment = document.createDocumentFragment()
    data.documents.forEach((doc, d) => {
      doc.beads.forEach((bead, b) => {
        for (const finding of bead.findings) {
          const item = document.createElement('li')
          const link = document.createElement('a')
          link.href = `#bead-${d}-${b}`
          link.dataset['goto'] = `${d}:${b}`
          link.textContent = `${b + 1}: ${finding.message} [${finding.ruleId}]`
          link.addEventListener('click', (event) => {
            event.preventDefault()
            goTo(d, b)
          })
          item.append(link)
          fragment.append(item)
        }
      })
    })
    listEl.replaceChildren(fragment)
  }
  function goTo(doc: number, bead: number): void {
    filter.value = 'all'
    search.value = ''
    rebuildRows()
    const index = rows.findIndex((r) => r.doc === doc && r.bead === bead)
    if (index >= 0) focus(index)
  }
  function focus(index: number): void {
    focused = Math.max(0, Math.min(rows.length - 1, index))
    const viewport = list.parentElement as HTMLElement
    const top = focused * rowHeight
    if (top < viewport.scrollTop || top + rowHeight > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = top - rowHeight * 2
    render()
  }

  // Edits: each changes one document's bead list; the snapshot before it goes on the undo stack.
  function edit(change: (doc: Doc, b: number) => boolean | undefined): void {
    const row = rows[focused]
    if (!row) return
    const before = snapshot()
    if (!change(data.documents[row.doc] as Doc, row.bead)) return
    undoStack.push(before)
    redoStack = []
    after(row)
  }
  function after(row: Row): void {
    save()
    rebuildRows()
    const index = rows.findIndex((r) => r.doc === row.doc && r.bead === row.bead)
    if (index >= 0) focused = index
    renderCounts()
    render()
  }
  const touched = (bead: Bead) => {
    bead.edited = true
    bead.status = 'unreviewed'
    return bead
  }
  function shift(side: 'src' | 'tgt', direction: 'up' | 'down'): void {
    edit((doc, b) => {
      const bead = doc.beads[b] as Bead
      const next = doc.beads[b + 1]
      const prev = doc.beads[b - 1]
      if (direction === 'down') {
        // The last sentence of this bead moves to the start of the next one.
        if (!next || bead[side].length === 0) return false
        next[side].unshift(bead[side].pop() as number)
        touched(next)
      } else {
        // The first sentence of this bead moves to the end of the previous one.
        if (!prev || bead[side].length === 0) return false
        prev[side].push(bead[side].shift() as number)
        touched(prev)
      }
      touched(bead)
      if (bead.src.length === 0 && bead.tgt.length === 0) doc.beads.splice(b, 1)
      return true
    })
  }
  function merge(): void {
    edit((doc, b) => {
      const bead = doc.beads[b] as Bead
      const next = doc.beads[b + 1]
      if (!next) return false
      bead.src.push(...next.src)
      bead.tgt.push(...next.tgt)
      bead.findings = [...bead.findings, ...next.findings]
      bead.score = Math.min(bead.score, next.score)
      doc.beads.splice(b + 1, 1)
      touched(bead)
      return true
    })
  }
  function split(): void {
    edit((doc, b) => {
      const bead = doc.beads[b] as Bead
      if (bead.src.length + bead.tgt.length < 2) return false
      // Each side keeps its first half here; the second halves start a new bead.
      const cut = (xs: number[]) => Math.ceil(xs.length / 2)
      let s = cut(bead.src)
      let t = cut(bead.tgt)
      if (s === bead.src.length && t === bead.tgt.length) {
        if (bead.src.length > 1) s = bead.src.length - 1
        else if (bead.tgt.length > 1) t = bead.tgt.length - 1
        else t = 0
      }
      const rest: Bead = {src: bead.src.splice(s), tgt: bead.tgt.splice(t), verdict: bead.verdict, score: bead.score, findings: []}
      doc.beads.splice(b + 1, 0, touched(rest))
      touched(bead)
      return true
    })
  }
  function mark(status: Status): void {
    edit((doc, b) => {
      const bead = doc.beads[b] as Bead
      bead.status = bead.status === status ? 'unreviewed' : status
      return true
    })
  }
  function undo(): void {
    const previous = undoStack.pop()
    if (previous === undefined) return
    redoStack.push(snapshot())
    applySnapshot(previous)
  }
  function redo(): void {
    const next = redoStack.pop()
    if (next === undefined) return
    undoStack.push(snapshot())
    applySnapshot(next)
  }
  function applySnapshot(text: string): void {
    const beads = JSON.parse(text) as Bead[][]
    beads.forEach((b, i) => {
      ;(data.documents[i] as Doc).beads = b
    })
    after(rows[focused] ?? {doc: 0, bead: 0})
    announce.textContent = m('restored')
  }
  function nextUnreviewed(step: 1 | -1): void {
    for (let i = focused + step; i >= 0 && i < rows.length; i += step) {
      const row = rows[i] as Row
      if (((data.documents[row.doc] as Doc).beads[row.bead] as Bead).status === undefined || ((data.documents[row.doc] as Doc).beads[row.bead] as Bead).status === 'unreviewed') {
        focus(i)
        return
      }
    }
  }
  function corrections(): unknown {
    return {
      format: 'tolmach-corrections',
      version: 1,
      documents: data.documents.map((doc) => ({
        source: doc.source.file,
        target: doc.target.file,
        beads: doc.beads.map((bead) => ({
          source: bead.src.map((i) => (doc.source.sentences[i] as Sentence).id),
          target: bead.tgt.map((j) => (doc.target.sentences[j] as Sentence).id),
          status: bead.status ?? 'unreviewed'
        }))
      }))
    }
  }
  function exportCorrections(): void {
    const blob = new Blob([`${JSON.stringify(corrections(), null, 2)}\n`], {type: 'application/json'})
    const link = document.createElement('a')
    link.href = URL.createObjectURL(blob)
    link.download = 'corrections.json'
    document.body.append(link)
    link.click()
    link.remove()
    announce.textContent = m('exported')
  }

  const actions: Record<string, () => void> = {
    'shift-src-up': () => shift('src', 'up'),
    'shift-src-down': () => shift('src', 'down'),
    'shift-tgt-up': () => shift('tgt', 'up'),
    'shift-tgt-down': () => shift('tgt', 'down'),
    merge,
    split,
    approve: () => mark('approved'),
    reject: () => mark('rejected'),
    undo,
    redo,
    'next-unreviewed': () => nextUnreviewed(1),
    export: exportCorrections
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
    button.addEventListener('click', () => actions[button.dataset['action'] ?? '']?.())
  }
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement
    if (target.tagName === 'INPUT' || target.tagName === 'SELECT') return
    const key = event.key
    const ctrl = event.ctrlKey || event.metaKey
    if (ctrl && (key === 'z' || key === 'Z')) (event.shiftKey ? redo : undo)()
    else if (ctrl && key === 'y') redo()
    else if (ctrl) return
    else if (key === 'j' || key === 'ArrowDown') focus(focused + 1)
    else if (key === 'k' || key === 'ArrowUp') focus(focused - 1)
    else if (key === 'n') nextUnreviewed(1)
    else if (key === 'N') nextUnreviewed(-1)
    else if (key === 'a') mark('approved')
    else if (key === 'r') mark('rejected')
    else if (key === 'm') merge()
    else if (key === 's') split()
    else if (key === '[') shift('src', 'up')
    else if (key === ']') shift('src', 'down')
    else if (key === '{') shift('tgt', 'up')
    else if (key === '}') shift('tgt', 'down')
    else return
    event.preventDefault()
  })
  ;(list.parentElement as HTMLElement).addEventListener('scroll', () => requestAnimationFrame(render), {passive: true})
  search.addEventListener('input', () => {
    rebuildRows()
    render()
  })
  filter.addEventListener('change', () => {
    rebuildRows()
    render()
  })
  restore()
  rebuildRows()
  renderCounts()
  render()
  // Every finding links to its row; the list is built when first opened, so a big corpus opens fast.
  const findingsPanel = ($('findings-list').parentElement as HTMLDetailsElement | null) ?? undefined
  let listed = false
  findingsPanel?.addEventListener('toggle', () => {
    if (findingsPanel.open && !listed) {
      listed = true
      renderFindingsList()
    }
  })
  ;(window as unknown as {tolmachReview: unknown}).tolmachReview = {corrections, rows: () => rows.length}
  document.documentElement.dataset['ready'] = 'true'
}
