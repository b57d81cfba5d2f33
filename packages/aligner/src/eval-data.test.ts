import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {sharedDir} from '../../../scripts/shared-dir.mjs'
import {alignSentences} from './align-sentences.js'

interface EvalDoc {
  id: string
  src: string[]
  tgt: string[]
  src_para: number[]
  tgt_para: number[]
  beads: Array<[number[], number[]]>
}

// A few real WMT documents with synthetic merges, splits and drops
// (evaluation-only data: read in place, never copied into the repo).
function load(variant: string, count: number): EvalDoc[] {
  const file = path.join(sharedDir(), 'eval-data', 'align', `wmt-ruen-${variant}.jsonl`)
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .slice(0, count)
    .map((line) => JSON.parse(line) as EvalDoc)
}

const key = (b: [number[], number[]]) => `${b[0].join(',')}|${b[1].join(',')}`

describe('alignSentences on the WMT eval documents', () => {
  for (const variant of ['noisy', 'heavy']) {
    it(`recovers nearly all gold beads of the first 40 ${variant} documents`, () => {
      let gold = 0
      let found = 0
      let deletions = 0
      let deletionsFound = 0
      for (const doc of load(variant, 40)) {
        const beads = alignSentences(doc.src, doc.tgt, {srcParagraphs: doc.src_para, tgtParagraphs: doc.tgt_para})
        const ours = new Set(beads.map((b) => key([b.src, b.tgt])))
        for (const b of doc.beads) {
          gold++
          if (ours.has(key(b))) found++
          if (b[1].length === 0) {
            deletions++
            if (ours.has(key(b))) deletionsFound++
          }
        }
      }
      expect(found / gold).toBeGreaterThan(variant === 'noisy' ? 0.97 : 0.95)
      expect(deletionsFound / deletions).toBeGreaterThan(0.8)
    })
  }
})
