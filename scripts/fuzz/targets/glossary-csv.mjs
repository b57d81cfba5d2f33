import {parseGlossary} from '../../../packages/glossary/dist/index.js'
import {insertAtLine, seedFiles} from '../seeds.mjs'

export default {
  name: 'glossary-csv',
  seeds: () => [...seedFiles(['glossary', 'packages/glossary/src/fixtures', 'packages/glossary/src/fixtures/fuzz'], /\.csv$|^struct-glossary-csv|^glossary-csv/)],
  read(text) {
    const result = parseGlossary(text, {fileName: 'g.csv'})
    return {texts: result.glossary.concepts.flatMap((c) => c.terms.map((t) => t.text)), findings: result.messages}
  },
  // Below the header line, which decides the columns.
  insert: (text, marker, where) => insertAtLine(text, `посол${marker},ambassador${marker}`, Math.max(where, 0.01)),
  big: () => [
    {name: 'rows', make: (bytes) => `ru,en\n${Array.from({length: Math.ceil(bytes / 30)}, (_, k) => `посол${k},ambassador${k}`).join('\n')}\n`},
    {name: 'quoted multi-line cells', make: (bytes) => `ru,en,note\n${Array.from({length: Math.ceil(bytes / 40)}, (_, k) => `посол${k},ambassador${k},"a\nb"`).join('\n')}\n`}
  ]
}
