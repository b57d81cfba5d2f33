import {parseGlossary} from '../../../packages/glossary/dist/index.js'
import {insertBefore, seedFiles} from '../seeds.mjs'

const entry = (id, ru, en) => `<termEntry id="${id}"><langSet xml:lang="ru"><tig><term>${ru}</term></tig></langSet><langSet xml:lang="en"><tig><term>${en}</term></tig></langSet></termEntry>\n`

export default {
  name: 'glossary-tbx',
  seeds: () => seedFiles(['packages/glossary/src/fixtures', 'packages/glossary/src/fixtures/fuzz'], /\.tbx$|^struct-tbx/),
  read(text) {
    const result = parseGlossary(text, {fileName: 'g.tbx'})
    return {texts: result.glossary.concepts.flatMap((c) => c.terms.map((t) => t.text)), findings: result.messages}
  },
  insert: (text, marker, where) => insertBefore(text, '</body>', entry(marker, `посол${marker}`, `ambassador${marker}`), where),
  big: () => [
    {name: 'entries', make: (bytes) => wrap(Array.from({length: Math.ceil(bytes / 170)}, (_, k) => entry(`c${k}`, `посол${k}`, `ambassador${k}`)).join(''))},
    {name: 'nesting', make: (bytes) => wrap(`<termEntry id="d"><langSet xml:lang="en"><tig><term>x</term><note>${'<hi>'.repeat(bytes / 9)}x${'</hi>'.repeat(bytes / 9)}</note></tig></langSet></termEntry>`)}
  ]
}

const wrap = (entries) => `<?xml version="1.0"?>\n<martif type="TBX" xml:lang="en"><text><body>\n${entries}</body></text></martif>\n`
