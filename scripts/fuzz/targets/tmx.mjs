import {readTmx} from '../../../packages/formats/dist/index.js'
import {insertBefore, seedFiles, xmlEscape} from '../seeds.mjs'

const tu = (id, text) => `<tu tuid="${id}"><tuv xml:lang="ru"><seg>${xmlEscape(text)}</seg></tuv><tuv xml:lang="en"><seg>${xmlEscape(text)}</seg></tuv></tu>\n`

export default {
  name: 'tmx',
  seeds: () => seedFiles(['packages/formats/src/fixtures', 'packages/formats/src/fixtures/fuzz'], /\.tmx$|^tmx-|^struct-tmx/),
  read(text) {
    const result = readTmx(text, {file: 'f.tmx'})
    return {texts: result.units.flatMap((u) => u.variants.map((v) => v.text)), findings: result.findings}
  },
  insert: (text, marker, where) => insertBefore(text, '</body>', tu(marker, `посол ${marker} ambassador`), where),
  big: () => [
    {name: 'units', make: (bytes) => wrap(Array.from({length: Math.ceil(bytes / 120)}, (_, k) => tu(`t${k}`, 'Посол прибыл в Москву.')).join(''))},
    {name: 'nesting', make: (bytes) => wrap(`<tu><tuv xml:lang="en"><seg>${'<hi>'.repeat(bytes / 9)}x${'</hi>'.repeat(bytes / 9)}</seg></tuv></tu>`)}
  ]
}

const wrap = (units) =>
  `<?xml version="1.0"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="ru" datatype="plaintext"/><body>\n${units}</body></tmx>\n`
