import {readFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {parseGlossary} from '@tolmach/glossary'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import * as api from './index.js'

const termbase = parseGlossary(readFileSync(fileURLToPath(new URL('../../../glossary/termbase.csv', import.meta.url))), {fileName: 'termbase.csv'}).glossary

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual([
      'PairStreamCheck', 'StreamDecodeError', 'alignPair', 'applySuppressions', 'bilingualKind', 'checkMarkdownPair', 'checkPair', 'checkPairStream', 'checkPairs', 'checkRules', 'compareGold',
      'createBaseline', 'defaultRewrites', 'discoverInputs', 'filterBaseline', 'findInputs', 'goldOf', 'isGoldFile', 'lineIndexOf', 'mapXmlElementText', 'nestingPast', 'normalizeUrl', 'pairByName', 'readBilingualPairs', 'readJsonlPairs', 'readMarkdownPair',
      'readTmxPairs', 'readTsvPairs', 'readXliffPairs', 'readerMessageIds', 'segmentIds', 'streamTmxPairs', 'suppressionScopes', 'targetPoint', 'toVFileMessage', 'tolmachTerms'
    ])
  })
})

describe('baseline', () => {
  const pairs = [{source: 'Рост составил 12,5%.', target: 'Growth was  15.2%.', targetLocation: {file: 'en.md', text: 'Growth was  15.2%.'}}]
  const options = {sourceLang: 'ru', targetLang: 'en'} as const
  it('hides known findings, wherever their line moved, and keeps new ones', () => {
    const before = api.checkPairs(pairs, options)
    const baseline = api.createBaseline(before)
    const moved = [{...pairs[0], targetLocation: {file: 'en.md', text: `# New title\n\n${pairs[0]?.target}`}, source: pairs[0]?.source as string, target: pairs[0]?.target as string}]
    expect(api.filterBaseline(api.checkPairs(moved, options), baseline)).toEqual([])
    const worse = [{...moved[0], target: 'Growth was  15.2%, then 9%.'} as (typeof moved)[0]]
    expect(api.filterBaseline(api.checkPairs(worse, options), baseline).map((f) => f.actual)).toEqual(['9'])
    expect(() => api.filterBaseline([], {} as never)).toThrow(TypeError)
  })
})

describe('toVFileMessage and the remark plugin', () => {
  it('turns a finding into a VFileMessage with place, rule and severity', () => {
    const [f] = api.checkPair({source: 'Рост 12,5%.', target: 'Growth 15.2%.', targetLocation: {file: 'en.md', text: 'Growth 15.2%.'}}, {sourceLang: 'ru', targetLang: 'en'})
    const message = api.toVFileMessage(f as api.CheckFinding)
    expect([message.ruleId, message.source, message.fatal, message.line, message.column, message.file, message.actual]).toEqual(['number-mismatch', 'tolmach-check', true, 1, 8, 'en.md', '15.2'])
    expect(message.reason).toBe('numberChanged (actual: 15.2, expected: 12,5)')
  })

  it('reports forbidden renderings of the termbase in an English Markdown file', async () => {
    const file = new VFile({path: 'release.md', value: '# Minerals\n\nKazakhstan supplies *crucial minerals* to partners.\n'})
    const processor = unified().use(remarkParse).use(api.tolmachTerms, {glossary: termbase, lang: 'en'})
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column, m.actual, m.expected])).toEqual([['term-forbidden', 3, 22, 'crucial minerals', ['critical minerals']]])
  })
})
