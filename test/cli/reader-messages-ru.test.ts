import {writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, tempDir} from './run-cli.js'

// The XML and glossary readers' findings under --ui-lang ru: Russian words around the element names, no English prose.
interface Report {
  findings: Array<{ruleId: string; message: string; file: string; place: {start: {line: number; column: number}}}>
}

describe('reader messages in the Russian interface', () => {
  it('words a malformed XLIFF, TBX and CSV glossary in Russian, in every report', () => {
    const dir = tempDir()
    // An XLIFF cut off before its end, with a unit that has no id.
    writeFileSync(
      path.join(dir, 'bad.xlf'),
      '<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="a.md" source-language="ru" target-language="en" datatype="plaintext"><body>\n<trans-unit><source>Посол прибыл.</source><target>The envoy arrived.</target></trans-unit>\n<trans-unit id="2"><source>Министр уехал.</source><target state="translated">The minister left.</target></trans-unit>\n'
    )
    // A TBX whose Russian <langSet> has no language, and a CSV row with one cell.
    writeFileSync(path.join(dir, 'bad.tbx'), '<?xml version="1.0"?>\n<tbx type="TBX-Basic"><text><body>\n<termEntry id="c1"><langSet><tig><term>посол</term></tig></langSet><langSet xml:lang="en"><tig><term>ambassador</term></tig></langSet></termEntry>\n</body></text></tbx>\n')
    writeFileSync(path.join(dir, 'bad.csv'), 'ru,en\nпосол,envoy\nминистр\n')
    const args = ['check', '--no-config', '--ui-lang', 'ru', '-g', 'bad.csv', '-g', 'bad.tbx', 'bad.xlf']
    const json = runCli([...args, '--format', 'json'], {cwd: dir})
    expect(json.status).toBe(1)
    const report = JSON.parse(json.stdout) as Report
    const shown = report.findings.map((f) => [f.file, f.place.start.line, f.ruleId, f.message])
    expect(shown).toEqual([
      ['bad.csv', 3, 'glossary-row-width', 'в строке одна ячейка, а в заголовке 2: может быть, разделитель не запятая? строка пропущена'],
      ['bad.tbx', 3, 'glossary-tbx-lang', '<langSet> без xml:lang; его термины пропущены'],
      ['bad.tbx', 3, 'glossary-tbx-lang', '<term> «посол» не стоит ни в одном <langSet> с xml:lang; пропущен'],
      ['bad.xlf', 4, 'xliff-missing-id', 'у <trans-unit> нет id; единица пропущена'],
      ['bad.xlf', 6, 'xml-malformed', 'тег body не закрыт']
    ])
    // The stylish report on a terminal-free stdout says the same, and nothing in English.
    const stylish = runCli(args, {cwd: dir}).stdout
    const prose = stylish.replace(/bad\.(?:csv|tbx|xlf)/g, '').replace(/<[^>]*>/g, '').replace(/\b(?:glossary|xliff|xml)-[a-z-]+\b/g, '').replace(/\bxml:lang\b|\bid\b|\bbody\b/g, '')
    expect(prose).not.toMatch(/[A-Za-z]{3,}/)
    // The English interface keeps the library's own words.
    const english = JSON.parse(runCli(['check', '--no-config', '-g', 'bad.csv', '-g', 'bad.tbx', 'bad.xlf', '--format', 'json'], {cwd: dir}).stdout) as Report
    expect(english.findings.map((f) => f.message)).toContain('<trans-unit> has no id; unit skipped')
  })
})
