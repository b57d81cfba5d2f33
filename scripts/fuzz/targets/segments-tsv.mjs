import {readTsv} from '../../../packages/formats/dist/index.js'
import {insertAtLine, seedFiles} from '../seeds.mjs'

const row = (id, text) => `${id}\t${text}\ta.md\t1`

export default {
  name: 'segments-tsv',
  seeds: () => seedFiles(['packages/formats/src/fixtures'], /\.tsv$/),
  read(text) {
    const result = readTsv(text, {file: 'f.tsv'})
    return {texts: result.documents.flatMap((d) => d.units.map((u) => u.source)), findings: result.findings}
  },
  // Never above the header: that line is the header's place.
  insert: (text, marker, where) => insertAtLine(text, row(marker, `посол ${marker} ambassador`), Math.max(where, 0.01)),
  big: () => [{name: 'rows', make: (bytes) => `id\ttext\tfile\tline\n${Array.from({length: Math.ceil(bytes / 40)}, (_, k) => row(`s${k}`, 'Посол прибыл в Москву.')).join('\n')}\n`}]
}
