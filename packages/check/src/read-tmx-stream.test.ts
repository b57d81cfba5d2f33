import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {targetPoint} from './read-pair.js'
import {readTmxPairs} from './read-xml.js'
import {streamTmxPairs} from './read-tmx-stream.js'

function unit(i: number): string {
  // Entities, inline markup, a line break and astral characters inside the target, so mapping matters.
  const target = i % 3 === 0 ? `Minister &amp; <ph x="1">&lt;b&gt;</ph>envoy ${i}\n  on 😀 minerals` : `The minister met envoy ${i} &lt;again&gt;.`
  return `  <tu tuid="${i}">\n    <tuv xml:lang="ru"><seg>Министр встретился с послом ${i}.</seg></tuv>\r\n    <tuv xml:lang="en"><seg>${target}</seg></tuv>\n  </tu>\n`
}

function tmx(n: number): string {
  let body = ''
  for (let i = 0; i < n; i++) body += unit(i)
  return `\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ru" datatype="plaintext"/>\n<body>\n${body}</body></tmx>\n`
}

describe('streamTmxPairs', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tolmach-stream-'))
  const text = tmx(200)
  writeFileSync(path.join(dir, 'memory.tmx'), text)
  // The CLI decodes without the byte order mark (core's decodeText), and so does the stream.
  const decoded = text.slice(1)
  const whole = readTmxPairs({file: 'memory.tmx', text: decoded}, 'ru', 'en').pairs

  for (const chunk of [512, 4096, 1 << 20]) {
    test(`pairs and every target position agree with the whole-file reader (chunks of ${chunk} bytes)`, () => {
      const findings: unknown[] = []
      const streamed = [...streamTmxPairs('memory.tmx', dir, 'ru', 'en', (f) => findings.push(f), chunk)]
      expect(findings).toEqual([])
      expect(streamed.length).toBe(200)
      expect(streamed.map((p) => [p.id, p.source, p.target])).toEqual(whole.map((p) => [p.id, p.source, p.target]))
      streamed.forEach((pair, k) => {
        for (let offset = 0; offset <= pair.target.length; offset++) {
          expect(targetPoint(pair, offset)).toEqual(targetPoint(whole[k]!, offset))
        }
      })
    })
  }

  test('a unit longer than the window is still read, placed on its <tuv>', () => {
    const streamed = [...streamTmxPairs('memory.tmx', dir, 'ru', 'en', () => {}, 16)]
    expect(streamed.length).toBe(200)
    const at = whole[5]!
    const start = targetPoint(streamed[5]!, 0)
    expect(start.line).toBeLessThanOrEqual(targetPoint(at, 0).line)
    expect(decoded.slice(start.offset, start.offset + 4)).toBe('<tuv')
  })
})
