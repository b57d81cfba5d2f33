import {parseGlossary} from '../../../packages/glossary/dist/index.js'
import {insertAtLine, seedFiles} from '../seeds.mjs'

export default {
  name: 'glossary-tsv',
  seeds: () => seedFiles(['packages/glossary/src/fixtures', 'packages/glossary/src/fixtures/fuzz'], /\.tsv$|^struct-glossary-tsv|^glossary-tsv/),
  read(text) {
    const result = parseGlossary(text, {fileName: 'g.tsv'})
    return {texts: result.glossary.concepts.flatMap((c) => c.terms.map((t) => t.text)), findings: result.messages}
  },
  insert: (text, marker, where) => insertAtLine(text, `посол${marker}\tambassador${marker}`, Math.max(where, 0.01)),
  big: () => [{name: 'rows', make: (bytes) => `ru\ten\n${Array.from({length: Math.ceil(bytes / 30)}, (_, k) => `посол${k}\tambassador${k}`).join('\n')}\n`}]
}
