import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli, tempDir} from './run-cli.js'

// XLIFF, TMX, TSV and JSONL get every pair check of `check`, not only terminology.
const name = '000-critical-minerals-ministerial'

interface Report {
  findings: Array<{ruleId: string; severity: string; message: string; file: string; place: {start: {line: number; column: number}}}>
}

const check = (args: string[], options: {nodeArgs?: string[]} = {}) => runCli(['check', '--no-config', ...args], options)
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length

describe('tolmach check on bilingual files runs every pair check', () => {
  it('finds a number changed in a real XLIFF (the release exported with its published translation as targets)', () => {
    const dir = tempDir()
    const xlf = path.join(dir, 'release.xlf')
    const exported = runCli(['export', `corpus/ru/${name}.md`, '--tm', `corpus/aligned/${name}.tmx`, '-o', xlf])
    expect(exported.status).toBe(0)
    const clean = readFileSync(xlf, 'utf8')
    // The published translation filled the targets: the file is a translated XLIFF, not a copy of the source.
    expect(clean).toContain('more than 50 countries')
    const before = JSON.parse(check([xlf, '--format', 'json']).stdout) as Report
    expect(before.findings.filter((f) => f.ruleId === 'number-mismatch')).toEqual([])

    const broken = clean.replace('more than 50 countries', 'more than 15 countries')
    writeFileSync(xlf, broken)
    const run = check([xlf, '--format', 'json'])
    const report = JSON.parse(run.stdout) as Report
    const line = lineOf(broken, 'more than 15 countries')
    const column = broken.split('\n')[line - 1]!.indexOf('15 countries') + 1
    expect(report.findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => [f.file, f.place.start.line, f.place.start.column])).toEqual([[xlf, line, column]])
    expect(run.status).toBe(1)
    // The message is rendered in the interface language.
    const russian = JSON.parse(check(['--ui-lang', 'ru', xlf, '--format', 'json']).stdout) as Report
    expect(russian.findings.find((f) => f.ruleId === 'number-mismatch')?.message).toBe('число «15» не совпадает с «50» в оригинале')
  })

  it('finds a number changed in the aligned TMX, and in the same pairs as TSV and JSONL', () => {
    const dir = tempDir()
    const tmx = readFileSync(path.join(root, `corpus/aligned/${name}.tmx`), 'utf8').replace('more than 50 countries', 'more than 15 countries')
    writeFileSync(path.join(dir, 'memory.tmx'), tmx)
    const source = 'Вице-президент США выступил перед представителями более 50 стран.'
    const target = 'The U.S. Vice President addressed representatives of more than 15 countries.'
    writeFileSync(path.join(dir, 'pairs.tsv'), `ru\ten\n${source}\t${target}\n`)
    writeFileSync(path.join(dir, 'pairs.jsonl'), `${JSON.stringify({id: 'target', source, target})}\n`)
    const run = runCli(['check', '--no-config', 'memory.tmx', 'pairs.tsv', 'pairs.jsonl', '--format', 'json'], {cwd: dir})
    const report = JSON.parse(run.stdout) as Report
    expect(run.status).toBe(1)
    const numbers = report.findings.filter((f) => f.ruleId === 'number-mismatch').map((f) => [f.file, f.place.start.line, f.place.start.column])
    const jsonlColumn = JSON.stringify({id: 'target', source, target}).lastIndexOf('15') + 1
    expect(numbers).toEqual([
      ['memory.tmx', lineOf(tmx, 'more than 15 countries'), tmx.split('\n')[lineOf(tmx, 'more than 15 countries') - 1]!.indexOf('15 countries') + 1],
      ['pairs.jsonl', 1, jsonlColumn],
      ['pairs.tsv', 2, `${source}\t`.length + target.indexOf('15') + 1]
    ])
  })

  it('streams a big TMX through every check in a small heap, a finding on every unit', () => {
    const dir = tempDir()
    const units = 15_000
    let body = ''
    for (let i = 0; i < units; i++) {
      body += `<tu tuid="${i}"><tuv xml:lang="ru"><seg>Министр встретился с послом ${i} и обсудил поставки 20 минералов.</seg></tuv><tuv xml:lang="en"><seg>The minister met envoy ${i} and discussed supplies of 21 minerals.</seg></tuv></tu>\n`
    }
    const file = path.join(dir, 'big.tmx')
    writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="ru" datatype="plaintext"/>\n<body>\n${body}</body></tmx>\n`)
    // Checked all at once (one window), these pairs and their findings run out of this heap; a window at a time they fit.
    const run = check([file, '--format', 'json', '-o', path.join(dir, 'report.json')], {nodeArgs: ['--max-old-space-size=40']})
    expect(run.stderr).toMatch(/^Checked 15,?000 pairs in 1 file: 15,?000 errors/)
    expect(run.status).toBe(1)
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report
    expect(report.findings.filter((f) => f.ruleId === 'number-mismatch').length).toBe(units)
    expect(report.findings[units - 1]?.place.start.line).toBe(4 + units - 1)
  })
})
