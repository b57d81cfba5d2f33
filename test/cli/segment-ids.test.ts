import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {copySourcesToTargets} from './roundtrip-helpers.js'
import {corpusFiles, runCli, tempDir} from './run-cli.js'

// Issue 10: above 256k characters `segment` worked piece by piece and numbered
// repeats per piece (`…-2-2`), while `export` and `import` number them over the
// whole document (`…-10`); the XLIFF of `segment` then failed to import.
describe('segment ids on a document segmented in pieces', () => {
  it('segment -f xliff → every target = source → import gives back the document', () => {
    // Front matter only opens a document: later copies would be a rule and a heading.
    const releases = corpusFiles().map((file) => readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''))
    // Real releases repeated: the same paragraphs recur within each piece and across pieces.
    let markdown = ''
    for (let copy = 0; markdown.length < 320_000; copy++) markdown += `${releases[copy % releases.length]}\n\n`
    expect(markdown.length).toBeGreaterThan(300_000)
    const dir = tempDir()
    writeFileSync(path.join(dir, 'ru.md'), markdown)

    const segmented = runCli(['segment', 'ru.md', '--format', 'xliff', '-o', 'ru.xlf'], {cwd: dir})
    expect(segmented.stderr).toMatch(/^Wrote [\d,]+ segments from 1 file to ru\.xlf\n$/)
    expect(segmented.status).toBe(0)
    const xliff = readFileSync(path.join(dir, 'ru.xlf'), 'utf8')
    const ids = [...xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]!)
    expect(ids.length).toBeGreaterThan(100)
    expect(ids.filter((id) => /-\d+-\d+$/.test(id))).toEqual([])
    expect(ids.some((id) => /-1\d$/.test(id))).toBe(true)

    writeFileSync(path.join(dir, 'en.xlf'), copySourcesToTargets(xliff))
    // A target equal to its source counts as untranslated (a warning under --allow-partial); nothing else may be said.
    const imported = runCli(['import', 'en.xlf', '--source', 'ru.md', '-o', 'en.md', '--allow-partial', '--json'], {cwd: dir})
    const findings = imported.stderr.split('\n').filter((line) => / (error|warning) /.test(line))
    expect(findings.filter((line) => !line.endsWith('[target-untranslated]'))).toEqual([])
    expect(imported.status).toBe(0)
    expect(JSON.parse(imported.stdout)).toMatchObject({segments: ids.length, errors: 0, written: true})
    expect(readFileSync(path.join(dir, 'en.md'), 'utf8')).toBe(markdown)

    // And `export` of the same file gives the same units.
    const exported = runCli(['export', 'ru.md', '-o', 'export.xlf'], {cwd: dir})
    expect(exported.status).toBe(0)
    const exportIds = [...readFileSync(path.join(dir, 'export.xlf'), 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]!)
    expect(exportIds).toEqual(ids)
  })
})
