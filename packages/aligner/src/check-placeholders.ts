import {createFinding, type Placeholder, placeholderToken, type Segment, type Severity} from '@tolmach/core'
import type {BeadFinding} from './check-bead.js'
import type {Bead} from './types.js'

const source = 'tolmach-aligner'
// Formatting a translator may reasonably drop or add; anything else (code,
// images, HTML, footnotes) carries content and must survive translation.
const formatting = new Set(['emphasis', 'strong', 'delete', 'break'])

interface Item {
  side: 'source' | 'target'
  sentence: number
  placeholder: Placeholder
}

/**
 * Inline markup of a bead, compared side by side: links by their URL
 * (`link-mismatch`), other markup by mdast node type (`placeholder-mismatch`).
 * Each markup element counts once: an open tag or a standalone token; close
 * tags, and the far half of markup split across sentences, are not counted.
 */
export function checkPlaceholders(src: readonly Segment[], tgt: readonly Segment[], bead: Bead): BeadFinding[] {
  // A deletion is reported as unaligned already; its markup has nothing to match.
  if (bead.src.length === 0 || bead.tgt.length === 0) return []
  const findings: BeadFinding[] = []
  const ours = items(src, bead.src, 'source')
  const theirs = items(tgt, bead.tgt, 'target')
  const linkKey = (item: Item) => String(item.placeholder.data?.['url'] ?? '')
  const isLink = (item: Item) => item.placeholder.node === 'link' && item.placeholder.data?.['url'] != null
  for (const [a, b] of unmatched(ours.filter(isLink), theirs.filter(isLink), linkKey)) {
    const url = linkKey(a)
    const expected = b.map(linkKey)
    findings.push(place(a, src, tgt, {
      ruleId: 'link-mismatch',
      severity: 'error',
      message: a.side === 'source' ? `link to \`${url}\` is missing from the target` : `link to \`${url}\` is not in the source`,
      actual: url,
      expected
    }))
  }
  const nodeKey = (item: Item) => item.placeholder.node
  const other = (item: Item) => !isLink(item)
  for (const [a, b] of unmatched(ours.filter(other), theirs.filter(other), nodeKey)) {
    const node = nodeKey(a)
    const severity: Severity = formatting.has(node) ? 'warning' : 'error'
    findings.push(place(a, src, tgt, {
      ruleId: 'placeholder-mismatch',
      severity,
      message: a.side === 'source' ? `inline ${node} \`${a.placeholder.markdown}\` is missing from the target` : `inline ${node} \`${a.placeholder.markdown}\` is not in the source`,
      actual: a.placeholder.markdown,
      expected: b.filter((x) => nodeKey(x) === node).map((x) => x.placeholder.markdown)
    }))
  }
  return findings
}

function items(segments: readonly Segment[], indexes: readonly number[], side: 'source' | 'target'): Item[] {
  const out: Item[] = []
  for (const sentence of indexes) {
    for (const placeholder of (segments[sentence] as Segment).placeholders) {
      if (placeholder.type !== 'close') out.push({side, sentence, placeholder})
    }
  }
  return out
}

/** Items of either side left over after pairing equal keys, each with the other side's leftovers. */
function unmatched(a: Item[], b: Item[], key: (item: Item) => string): Array<[Item, Item[]]> {
  const used = new Set<Item>()
  const restA: Item[] = []
  for (const x of a) {
    const match = b.find((y) => !used.has(y) && key(y) === key(x))
    if (match) used.add(match)
    else restA.push(x)
  }
  const restB = b.filter((y) => !used.has(y))
  return [...restA.map((x): [Item, Item[]] => [x, restB]), ...restB.map((y): [Item, Item[]] => [y, restA])]
}

function place(item: Item, src: readonly Segment[], tgt: readonly Segment[], init: Omit<Parameters<typeof createFinding>[0], 'source'>): BeadFinding {
  const segment = (item.side === 'source' ? src : tgt)[item.sentence] as Segment
  const start = Math.min(item.placeholder.offset, segment.text.length)
  const end = Math.min(start + placeholderToken(item.placeholder).length, segment.text.length)
  return {...createFinding({...init, source}), side: item.side, sentence: item.sentence, start, end}
}
