import {readerMessageIds, readTmx, readXliff} from '@tolmach/formats'
import {glossaryMessageIds, parseGlossary} from '@tolmach/glossary'
import {describe, expect, it} from 'vitest'
import {localizeFinding} from './finding-message.js'
import {createTranslator} from './i18n.js'

describe('the XML readers\' findings in the interface language', () => {
  const ru = createTranslator('ru')
  const en = createTranslator('en')

  it('has every formats message id in both catalogs', () => {
    for (const id of readerMessageIds) {
      expect(en(`formats.${id}`), id).not.toBe(`formats.${id}`)
      expect(ru(`formats.${id}`), id).not.toBe(`formats.${id}`)
    }
  })

  it('has every glossary reader message id in both catalogs, and renders a bad CSV row in both languages', () => {
    for (const id of glossaryMessageIds) {
      expect(en(`glossaryReader.${id}`), id).not.toBe(`glossaryReader.${id}`)
      expect(ru(`glossaryReader.${id}`), id).not.toBe(`glossaryReader.${id}`)
    }
    const {messages} = parseGlossary('ru;en;status\nпосол;envoy;maybe\nминистр\n', {fileName: 'g.csv'})
    expect(messages.length).toBeGreaterThanOrEqual(2)
    for (const m of messages) {
      expect(m.messageId, m.message).toBeDefined()
      expect(localizeFinding(m, en).message).toBe(m.message)
      expect(localizeFinding(m, ru).message).not.toBe(m.message)
    }
  })

  it('renders malformed XLIFF and TMX in Russian, and in English as the library wrote them', () => {
    const xliff = readXliff('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.md" source-language="ru" target-language="en" datatype="plaintext"><body><trans-unit><source>Да</source></trans-unit>', {file: 'a.xlf'})
    const tmx = readTmx('<tmx version="1.4"><body><tu tuid="7"></tu><tu tuid="7"><tuv xml:lang="ru"><seg>Да</seg></tuv><tuv><seg>Yes</seg></tuv></tu></body></tmx>', {file: 'a.tmx'})
    const findings = [...xliff.findings, ...tmx.findings]
    expect(findings.length).toBeGreaterThanOrEqual(5)
    for (const f of findings) {
      expect(f.messageId, f.message).toBeDefined()
      expect(localizeFinding(f, en).message).toBe(f.message)
      // Element names stay as written; the words around them are Russian.
      expect(localizeFinding(f, ru).message.replace(/<[^>]*>/g, ''), f.message).not.toMatch(/\b(?:has|no|found|expected|unit|skipped|unclosed|tag)\b/)
    }
    expect(findings.map((f) => localizeFinding(f, ru).message)).toContain('у <trans-unit> нет id; единица пропущена')
  })
})
