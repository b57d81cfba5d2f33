import {readXliff} from '../../../packages/formats/dist/index.js'
import {insertBefore, seedFiles, xmlEscape} from '../seeds.mjs'

const unit = (id, text) => `<unit id="${id}"><segment><source>${xmlEscape(text)}</source><target>${xmlEscape(text)}</target></segment></unit>\n`

export default {
  name: 'xliff2',
  seeds: () => seedFiles(['packages/formats/src/fixtures', 'packages/formats/src/fixtures/fuzz'], /\.xlf$|^xliff2|^struct-xliff2|^deep-xliff2/).filter((s) => s.includes('document:2.0')),
  read(text) {
    const result = readXliff(text, {file: 'f.xlf'})
    return {texts: result.documents.flatMap((d) => d.units.flatMap((u) => [u.source, u.target ?? ''])), findings: result.findings}
  },
  insert: (text, marker, where) => insertBefore(text, '</file>', unit(marker, `посол ${marker} ambassador`), where),
  big: () => [
    {name: 'units', make: (bytes) => wrap(Array.from({length: Math.ceil(bytes / 110)}, (_, k) => unit(`u${k}`, 'Посол прибыл в Москву.')).join(''))},
    {name: 'nesting', make: (bytes) => wrap(`<unit id="d"><segment><source>${'<pc id="1">'.repeat(bytes / 21)}x${'</pc>'.repeat(bytes / 21)}</source></segment></unit>`)}
  ]
}

const wrap = (units) =>
  `<?xml version="1.0"?>\n<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="ru" trgLang="en"><file id="f1" original="a.md">\n${units}</file></xliff>\n`
