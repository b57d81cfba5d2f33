import {describe, expect, it} from 'vitest'
import {readTmx} from './tmx-reader.js'
import {tmxUnits} from './tmx-stream.js'
import {readXliff} from './xliff-reader.js'

// The property test of positions found it: saxes throws a RangeError ("Invalid code point NaN")
// on `<!` followed by a lone surrogate at the end of the input. A malformed file is a finding.
const endings = ['<!\uD800', '<!x\uD800']
const tmx = '<tmx version="1.4"><header srclang="ru"/><body><tu><tuv xml:lang="ru"><seg>Посол.</seg></tuv><tuv xml:lang="en"><seg>Ambassador.</seg></tuv></tu></body></tmx>'
const xliff = '<xliff version="1.2"><file original="a.md" source-language="ru" target-language="en" datatype="plaintext"><body><trans-unit id="p-1"><source>Посол.</source><target>Ambassador.</target></trans-unit></body></file></xliff>'

describe('XML that makes saxes throw', () => {
  for (const end of endings) {
    it(`XLIFF ending in ${JSON.stringify(end)}: the unit is read, the break is a positioned finding`, () => {
      const read = readXliff(xliff + end)
      expect(read.findings.map((f) => [f.ruleId, f.severity])).toContainEqual(['xml-malformed', 'error'])
      expect(read.findings.every((f) => f.place !== undefined)).toBe(true)
    })

    it(`TMX ending in ${JSON.stringify(end)}, whole and streamed: the unit is read, the break is a finding`, () => {
      const whole = readTmx(tmx + end)
      expect(whole.findings.map((f) => f.ruleId)).toContain('xml-malformed')
      const findings: string[] = []
      const units = [...tmxUnits([tmx, end], {onFinding: (f) => findings.push(f.ruleId)})]
      expect(units).toHaveLength(1)
      expect(findings).toContain('xml-malformed')
    })
  }
})
