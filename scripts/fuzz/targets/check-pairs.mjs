import {readJsonlPairs, readTsvPairs, targetPoint} from '../../../packages/check/dist/index.js'
import {insertAtLine, seedFiles} from '../seeds.mjs'

// `tolmach check` input tables: TSV (align -f tsv) and JSONL pairs, one target with both shapes mixed.
export default {
  name: 'check-pairs',
  seeds: () => seedFiles(['packages/check/src/fixtures/fuzz', 'packages/formats/src/fixtures'], /^cli-check.*\.(tsv|jsonl)$|^check-jsonl|^pairs-sample\.(tsv|jsonl)$/),
  read(text) {
    const kind = text.trimStart().startsWith('{') ? 'jsonl' : 'tsv'
    const result = kind === 'jsonl' ? readJsonlPairs({file: 'p.jsonl', text}) : readTsvPairs({file: 'p.tsv', text}, 'ru', 'en')
    // Where a finding inside a target would be placed: its first and last character.
    const points = result.pairs.slice(0, 50).flatMap((p) => [targetPoint(p, 0), targetPoint(p, p.target.length)])
    return {texts: result.pairs.map((p) => p.target), findings: result.findings, points}
  },
  insert: (text, marker, where) =>
    insertAtLine(text, text.trimStart().startsWith('{') ? JSON.stringify({source: 'посол', target: `ambassador ${marker}`}) : `посол\tambassador ${marker}`, Math.max(where, 0.01)),
  big: () => [
    {name: 'tsv rows', make: (bytes) => `source\ttarget\n${'Посол прибыл.\tThe ambassador arrived.\n'.repeat(Math.ceil(bytes / 45))}`},
    {name: 'jsonl lines', make: (bytes) => `${'{"source": "Посол прибыл.", "target": "The ambassador arrived."}\n'.repeat(Math.ceil(bytes / 65))}`}
  ]
}
