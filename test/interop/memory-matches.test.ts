// Fuzzy matches from a translation memory in exported XLIFF: valid against the strict
// XLIFF 1.2 schema and the XLIFF 2 core and matches-module schemas, and read by translate-toolkit.
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {python, root, workDir, xmllint} from './segment-exports-helpers.js'
import {omegatJar} from './tmx-omegat-helpers.js'
import {omegatTranslateXliff} from './xliff-omegat-helpers.js'

const bin = path.join(root, 'packages/cli/dist/bin.js')
const cli = (args: string[]) => execFileSync(process.execPath, [bin, ...args], {cwd: workDir, encoding: 'utf8', stdio: 'pipe'})

describe('memory matches in exported XLIFF', () => {
  const tm = path.join(workDir, 'interop.tmdb')
  cli(['tm', 'import', ...['000-critical-minerals-ministerial.tmx', '003-c5-1-critical-minerals-dialogue.tmx'].map((f) => path.join(root, 'corpus/aligned', f)), '--tm', tm])
  const release = path.join(workDir, 'memory-release.md')
  const source = readFileSync(path.join(root, 'corpus/ru/003-c5-1-critical-minerals-dialogue.md'), 'utf8').replace('19 сентября 2023 года', '19 сентября 2024 года')
  writeFileSync(release, source)

  it('XLIFF 1.2 alt-trans validates against the strict schema and translate-toolkit reads it', () => {
    const out = path.join(workDir, 'memory-release.xlf')
    cli(['export', release, '--tm', tm, '-o', out])
    expect(readFileSync(out, 'utf8')).toMatch(/<alt-trans match-quality="9\d%"/)
    // Each fuzzy match says what differs in a note of its alt-trans, which the strict schema allows.
    expect(readFileSync(out, 'utf8')).toMatch(/<\/target>\n\s*<note from="tolmach">numbers 2023 → 2024 \(repaired in the target\)<\/note>\n\s*<\/alt-trans>/)
    expect(xmllint('xliff12/xliff-core-1.2-strict.xsd', out)).toBe('')
    const script = `
import sys
from translate.storage import factory
store = factory.getobject(sys.argv[1])
for unit in store.units:
    for alt in unit.getalttrans():
        print(alt.xmlelement.get('match-quality'), alt.target)
`
    const lines = execFileSync(python, ['-c', script, out], {encoding: 'utf8'}).trim().split('\n')
    expect(lines.length).toBeGreaterThan(5)
    expect(lines.some((l) => /^9\d% .*on September 19, 2024\.$/.test(l))).toBe(true)
  })

  it('OmegaT 3.6 loads every segment of an export carrying alt-trans matches and notes', () => {
    expect(existsSync(omegatJar), 'apt-get install omegat').toBe(true)
    const out = path.join(workDir, 'memory-release-omegat.xlf')
    cli(['export', release, '--tm', tm, '-g', path.join(root, 'glossary/termbase.csv'), '-o', out])
    const xml = readFileSync(out, 'utf8')
    expect(xml).toMatch(/<alt-trans match-quality="9\d%"[^>]*>\s*<source>[^<]*<\/source>\s*<target[^>]*>[^<]*<\/target>\s*<note from="tolmach">numbers 2023 → 2024/)
    const units = (xml.match(/<trans-unit /g) ?? []).length
    const project = path.join(workDir, 'omegat-memory-release')
    const omegat = omegatTranslateXliff(project, out, path.join(root, 'corpus/aligned/003-c5-1-critical-minerals-dialogue.tmx'))
    expect(omegat.status, omegat.log).toBe(0)
    const total = Number(/Total:\s+(\d+)/.exec(readFileSync(path.join(project, 'omegat/project_stats.txt'), 'utf8'))?.[1])
    expect(total).toBe(units)
    expect(omegat.target).toContain('<alt-trans')
  })

  it('XLIFF 2 mtc:matches validates against the core and matches schemas', () => {
    const out = path.join(workDir, 'memory-release.xliff2.xlf')
    cli(['export', release, '--tm', tm, '-f', 'xliff2', '-o', out])
    expect(readFileSync(out, 'utf8')).toMatch(/<mtc:match ref="#s1" type="tm" similarity="9\d"/)
    expect(readFileSync(out, 'utf8')).toContain('<mda:meta type="explanation">numbers 2023 → 2024 (repaired in the target)</mda:meta>')
    expect(xmllint('xliff2/xliff_core_2.0.xsd', out)).toBe('')
    expect(xmllint('xliff2/matches.xsd', out)).toBe('')
  })
})
