import {readXliff} from '../../../packages/formats/dist/index.js'
import {insertBefore, seedFiles, xmlEscape} from '../seeds.mjs'

const unit = (id, text) => `<trans-unit id="${id}"><source>${xmlEscape(text)}</source><target>${xmlEscape(text)}</target></trans-unit>\n`

export default {
  name: 'xliff12',
  seeds: () => seedFiles(['packages/formats/src/fixtures', 'packages/formats/src/fixtures/fuzz'], /\.xlf$|^xliff12|^struct-xliff12|^deep-xliff12/).filter((s) => !s.includes('document:2.0')),
  read(text) {
    const result = readXliff(text, {file: 'f.xlf'})
    return {texts: result.documents.flatMap((d) => d.units.flatMap((u) => [u.source, u.target ?? ''])), findings: result.findings}
  },
  insert: (text, marker, where) => insertBefore(text, '</body>', unit(marker, `посол ${marker} ambassador`), where),
  big: () => [
    {name: 'units', make: (bytes) => wrap(unit('u0', 'Посол прибыл в Москву.').repeat(Math.ceil(bytes / 90)).replace(/u0/g, () => `u${n++}`))},
    {name: 'nesting', make: (bytes) => wrap(`<trans-unit id="d"><source>${'<g id="1">'.repeat(bytes / 19)}x${'</g>'.repeat(bytes / 19)}</source></trans-unit>`)}
  ]
}

let n = 0
const wrap = (units) =>
  `<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.md" source-language="ru" target-language="en" datatype="x-markdown"><body>\n${units}</body></file></xliff>\n`
