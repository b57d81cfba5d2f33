import {readJsonl} from '../../../packages/formats/dist/index.js'
import {insertAtLine, seedFiles} from '../seeds.mjs'

const line = (id, text) => JSON.stringify({id, file: 'a.md', lang: 'ru', text, placeholders: []})

export default {
  name: 'segments-jsonl',
  seeds: () => seedFiles(['packages/formats/src/fixtures'], /\.jsonl$/),
  read(text) {
    const result = readJsonl(text, {file: 'f.jsonl'})
    return {texts: result.documents.flatMap((d) => d.units.map((u) => u.source)), findings: result.findings}
  },
  insert: (text, marker, where) => insertAtLine(text, line(marker, `посол ${marker} ambassador`), where),
  big: () => [{name: 'lines', make: (bytes) => `${Array.from({length: Math.ceil(bytes / 90)}, (_, k) => line(`s${k}`, 'Посол прибыл в Москву.')).join('\n')}\n`}]
}
