import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseGlossary, writeGlossaryCsv, writeOmegatGlossary, writeTbx} from '@tolmach/glossary'
import {describe, expect, it} from 'vitest'
import {repoRoot, sharedDir} from '../../scripts/shared-dir.mjs'

// Glossary exports checked by the tools that read them: xmllint with the
// official TBX schemas (offline, through the shared XML catalog) and
// translate-toolkit's TBX reader.
const schemas = path.join(sharedDir(), 'schemas')
const dir = mkdtempSync(path.join(tmpdir(), 'tolmach-glossary-'))
const termbase = parseGlossary(readFileSync(path.join(repoRoot, 'glossary/termbase.csv')), {fileName: 'glossary/termbase.csv'}).glossary
const termCount = termbase.concepts.reduce((n, c) => n + c.terms.length, 0)

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(command, args, {encoding: 'utf8', env: {...process.env, ...env}})
  return {status: r.status, out: `${r.stdout}${r.stderr}`}
}

function save(name: string, text: string): string {
  const file = path.join(dir, name)
  writeFileSync(file, text)
  return file
}

// The export's DOCTYPE names TBXBasiccoreStructV02.dtd; `--path` lets xmllint find it offline.
const tbx2008 = path.join(schemas, 'tbx2008')

describe('TBX 2008 export (martif)', () => {
  const file = save('termbase-2008.tbx', writeTbx(termbase, {dialect: 'tbx-2008'}))

  it('is valid against the TBX-Basic core structure DTD', () => {
    const given = run('xmllint', ['--nonet', '--noout', '--path', tbx2008, '--dtdvalid', path.join(tbx2008, 'TBXBasiccoreStructV02.dtd'), file])
    expect(given.out).toBe('')
    expect(given.status).toBe(0)
    // and through its own DOCTYPE
    const own = run('xmllint', ['--nonet', '--noout', '--path', tbx2008, '--valid', file])
    expect(own.out).toBe('')
    expect(own.status).toBe(0)
  })

  it('is valid against the TBX-Basic RNG', () => {
    const r = run('xmllint', ['--nonet', '--noout', '--path', tbx2008, '--relaxng', path.join(tbx2008, 'TBXBasicRNGV02.rng'), file])
    expect(r.out.trim()).toBe(`${file} validates`)
    expect(r.status).toBe(0)
  })

  it('translate-toolkit reads the same concepts and term count', () => {
    const script = [
      'import sys, json',
      'from translate.storage import tbx',
      's = tbx.tbxfile.parsefile(sys.argv[1])',
      'terms = sum(1 for u in s.units for e in u.xmlelement.iter() if str(e.tag).split("}")[-1] == "term")',
      'print(json.dumps({"units": len(s.units), "terms": terms, "first": [s.units[0].source, s.units[0].target]}))'
    ].join('\n')
    const r = run('/usr/bin/python3', ['-c', script, file])
    expect(r.status, r.out).toBe(0)
    const read = JSON.parse(r.out.trim().split('\n').pop()!) as {units: number; terms: number; first: string[]}
    expect(read.units).toBe(termbase.concepts.length)
    expect(read.terms).toBe(termCount)
    expect(read.first).toEqual(['критические минералы', 'critical minerals'])
  })

  it('a TBX 2008 file in our schema-valid form and a real Weblate export read back', () => {
    expect(parseGlossary(readFileSync(file)).glossary.concepts.length).toBe(termbase.concepts.length)
    const weblate = parseGlossary(readFileSync(path.join(sharedDir(), 'eval-data/glossary/formats/real/weblate-cs.tbx')))
    expect(weblate.glossary.languages).toEqual(['en', 'cs'])
  })
})

describe('TBX 2019 export (TBX-Basic DCA)', () => {
  const file = save('termbase-2019.tbx', writeTbx(termbase, {dialect: 'tbx-2019'}))

  it('is valid against the TBX-Basic integrated RNG', () => {
    const rng = path.join(schemas, 'tbx2019/TBX-Basic/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng')
    const r = run('xmllint', ['--nonet', '--noout', '--relaxng', rng, file])
    expect(r.out.trim()).toBe(`${file} validates`)
  })

  it('follows the TBX-Basic DCA Schematron placement rules (xmllint cannot run XSLT2 Schematron)', () => {
    const xml = readFileSync(file, 'utf8')
    // termNote only in termSec, context only in termSec, subjectField only in conceptEntry
    const outside = (element: string, parent: string) =>
      [...xml.matchAll(new RegExp(`<${parent}[^>]*>([\\s\\S]*?)</${parent}>`, 'g'))].reduce((n, m) => n + (m[1]!.match(new RegExp(`<${element}[ >]`, 'g'))?.length ?? 0), 0)
    const total = (element: string) => xml.match(new RegExp(`<${element}[ >]`, 'g'))?.length ?? 0
    expect(outside('termNote', 'termSec')).toBe(total('termNote'))
    expect(outside('descrip type="context"', 'termSec')).toBe(total('descrip type="context"'))
    for (const m of xml.matchAll(/<langSec[\s\S]*?<\/langSec>/g)) expect(m[0]).not.toContain('subjectField')
  })
})

describe('CSV and OmegaT exports', () => {
  it('CSV is read back by parseGlossary as the generic layout without messages', () => {
    const back = parseGlossary(readFileSync(save('termbase.csv', writeGlossaryCsv(termbase))))
    expect(back.format).toBe('generic-csv')
    expect(back.messages).toEqual([])
    expect(back.glossary.concepts.reduce((n, c) => n + c.terms.length, 0)).toBe(termCount)
  })

  it('OmegaT glossary has three tab-separated columns at most', () => {
    const tsv = writeOmegatGlossary(termbase, {source: 'ru', target: 'en'})
    const lines = tsv.trimEnd().split('\n')
    expect(lines.every((l) => l.split('\t').length >= 2 && l.split('\t').length <= 3)).toBe(true)
    expect(lines.length).toBeGreaterThan(termbase.concepts.length)
  })
})
