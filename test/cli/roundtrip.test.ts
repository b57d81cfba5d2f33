import {existsSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {copySourcesToTargets, exportIn, importIn, lineOf, readOut} from './roundtrip-helpers.js'
import {corpusFiles, root, runCli} from './run-cli.js'

const fixtures = path.join(root, 'packages/segmenter/src/fixtures/rebuild')
const hard = ['nested-lists.md', 'tables.md', 'references.md', 'inline-html.md', 'hard-breaks.md', 'emphasis-sentences.md', 'front-matter.md', 'autolinks.md']

describe('tolmach export → translate → tolmach import', () => {
  for (const format of ['xliff', 'xliff2']) {
    for (const file of [...corpusFiles(), ...hard.map((name) => path.join(fixtures, name))]) {
      test(`${format}: ${path.basename(file)} comes back byte for byte when every target copies its source`, () => {
        const markdown = readFileSync(file, 'utf8')
        const trip = exportIn(markdown, ['--format', format, '--lang', 'ru'])
        expect(trip.exported.status).toBe(0)
        // Copies are no translation (target-untranslated); --allow-partial writes them through the rebuild.
        const imported = importIn(trip, copySourcesToTargets(trip.xliff), ['--allow-partial'])
        const findings = imported.stderr.split('\n').filter((line) => / (error|warning) /.test(line))
        expect(findings.filter((line) => !line.endsWith('[target-untranslated]'))).toEqual([])
        expect(imported.status).toBe(0)
        expect(readOut(trip)).toBe(markdown)
      })
    }
  }

  test('a translation is written with its links, emphasis and code in place', () => {
    const trip = exportIn('# Итоги\n\nСайт [МИД](https://mid.ru "Министерство") и **жирное. Второе** предложение.\n\n> Цитата `код`.\n')
    const english: Record<string, string> = {
      Итоги: 'Summary',
      'Сайт <bpt id="1" ctype="link">[</bpt>МИД<ept id="1">](https://mid.ru "Министерство")</ept> и <it id="2" pos="open" ctype="bold">**</it>жирное.<it id="2" pos="close" ctype="bold">**</it>':
        'The <bpt id="1" ctype="link">[</bpt>MFA<ept id="1">](https://mid.ru "Министерство")</ept> site and <it id="2" pos="open" ctype="bold">**</it>bold.<it id="2" pos="close" ctype="bold">**</it>',
      '<it id="1" pos="open" ctype="bold">**</it>Второе<it id="1" pos="close" ctype="bold">**</it> предложение.':
        '<it id="1" pos="open" ctype="bold">**</it>Second<it id="1" pos="close" ctype="bold">**</it> sentence.',
      Министерство: 'Ministry',
      'Цитата <ph id="1" ctype="x-inlineCode">`код`</ph>.': 'Quote <ph id="1" ctype="x-inlineCode">`код`</ph>.'
    }
    let missing = 0
    const translated = trip.xliff.replace(/<source>([\s\S]*?)<\/source>/g, (all, inner: string) => {
      if (english[inner] === undefined) missing++
      return `${all}<target state="translated">${english[inner] ?? ''}</target>`
    })
    expect(missing).toBe(0)
    const imported = importIn(trip, translated)
    expect(imported.stderr).toContain('Wrote en.md: 5 segments translated, 0 kept in the source language')
    expect(imported.status).toBe(0)
    expect(readOut(trip)).toBe('# Summary\n\nThe [MFA](https://mid.ru "Ministry") site and **bold. Second** sentence.\n\n> Quote `код`.\n')
  })

  test('missing targets: errors at the unit in the XLIFF and nothing written; --allow-partial keeps the source', () => {
    const markdown = readFileSync(corpusFiles()[1]!, 'utf8')
    const trip = exportIn(markdown)
    const full = copySourcesToTargets(trip.xliff)
    // Drop the targets of the second and third units.
    let unit = 0
    const partial = full.replace(/<target>[\s\S]*?<\/target>/g, (all) => (++unit === 2 || unit === 3 ? '' : all))
    const ids = [...trip.xliff.matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]!)
    const strict = importIn(trip, partial)
    expect(strict.status).toBe(1)
    const lines = strict.stderr.split('\n').filter((line) => line.includes('[target-missing]'))
    expect(lines).toEqual([
      `en.xlf:${lineOf(partial, `id="${ids[1]}"`)}:7: error no target: the source text is kept [target-missing]`,
      `en.xlf:${lineOf(partial, `id="${ids[2]}"`)}:7: error no target: the source text is kept [target-missing]`
    ])
    expect(strict.stderr).toContain('Nothing written to en.md')
    expect(existsSync(path.join(trip.dir, 'en.md'))).toBe(false)

    const allowed = importIn(trip, partial, ['--allow-partial', '--json'])
    expect(allowed.status).toBe(0)
    expect(allowed.stderr).toMatch(/en\.xlf:\d+:7: warning no target: the source text is kept \[target-missing\]/)
    expect(allowed.stderr.match(/warning no target: the source text is kept \[target-missing\]/g)).toHaveLength(2)
    expect(JSON.parse(allowed.stdout)).toMatchObject({errors: 0, written: true})
    expect(readOut(trip)).toBe(markdown)
  })

  test('placeholders lost, unknown units and a changed source are reported where they are', () => {
    const markdown = 'Сайт [МИД](https://mid.ru) тут.\n\nВторой абзац.\n'
    const trip = exportIn(markdown)
    let translated = copySourcesToTargets(trip.xliff)
    translated = translated.replace(/<target>Сайт <bpt id="1" ctype="link">\[<\/bpt>МИД<ept id="1">[^<]*<\/ept>/, '<target>Site MFA')
    translated = translated.replace(/<trans-unit id="(p-[^"]+)"(?=[^>]*>\s*<source>Второй)/, '<trans-unit id="p-0000000000000"')
    const imported = importIn(trip, translated)
    expect(imported.status).toBe(1)
    const rules = imported.stderr.match(/\[[a-z-]+\]$/gm)
    // Sorted by file, then place: the XLIFF's findings, then the source's.
    expect(rules).toEqual(['[placeholder-lost]', '[placeholder-lost]', '[unit-unknown]', '[unit-missing]'])
    expect(imported.stderr).toContain(`en.xlf:${lineOf(translated, '<trans-unit')}:7: error placeholder {1} is missing from the target`)
    expect(imported.stderr).toMatch(/^ru\.md:3:1: error segment p-\w+ has no unit in the XLIFF/m)
    expect(imported.stderr).toContain(`en.xlf:${lineOf(translated, 'p-0000000000000')}:7: warning unit p-0000000000000 matches no segment of ru.md`)
  })

  test('messages in Russian, rule ids untouched', () => {
    const trip = exportIn('Первое. Второе.\n')
    const imported = importIn(trip, trip.xliff, [], {TOLMACH_LANG: 'ru'})
    expect(imported.status).toBe(1)
    expect(imported.stderr).toMatch(/en\.xlf:\d+:7: ошибка перевод повторяет исходный текст и не считается переведённым \[target-untranslated\]/)
    const none = exportIn('Первое. Второе.\n', ['--target', 'none'])
    const missing = importIn(none, none.xliff, [], {TOLMACH_LANG: 'ru'})
    expect(missing.stderr).toMatch(/en\.xlf:\d+:7: ошибка нет перевода: оставлен исходный текст \[target-missing\]/)
    expect(imported.stderr).toContain('ничего не записано')
  })

  test('standard input and output: export to stdout, import the XLIFF from stdin to stdout', () => {
    const trip = exportIn('Первое **предложение**. Второе.\n')
    const exported = runCli(['export', 'ru.md'], {cwd: trip.dir})
    expect(exported.status).toBe(0)
    expect(exported.stdout).toBe(trip.xliff)
    expect(exported.stderr).toBe('')
    const imported = runCli(['import', '-', '--source', 'ru.md', '--allow-partial'], {cwd: trip.dir, input: copySourcesToTargets(exported.stdout)})
    expect(imported.status).toBe(0)
    expect(imported.stdout).toBe('Первое **предложение**. Второе.\n')
  })

  test('--allow-partial writes units with broken placeholders as their source, and says so without repeating its own hint', () => {
    const trip = exportIn('Сайт [МИД](https://mid.ru) тут.\n\nВторой абзац.\n')
    const broken = trip.xliff.replace(/<target state="new">Сайт [\s\S]*?<\/target>/, '<target state="new">Site MFA here.</target>').replace('<target state="new">Второй абзац.</target>', '<target state="new">Second paragraph.</target>')
    const allowed = importIn(trip, broken, ['--allow-partial'])
    expect(allowed.status).toBe(0)
    expect(allowed.stderr).toMatch(/warning placeholder \{1\} is missing from the target; the source text is kept \[placeholder-lost\]/)
    expect(allowed.stderr).toContain('Wrote en.md: 1 segment translated, 1 kept in the source language')
    expect(readOut(trip)).toBe('Сайт [МИД](https://mid.ru) тут.\n\nSecond paragraph.\n')
    // What --allow-partial cannot skip (a unit OmegaT or a script broke into bad XML) gets no hint to pass it.
    const unreadable = importIn(trip, broken.replace('</trans-unit>', ''), ['--allow-partial'])
    expect(unreadable.status).toBe(1)
    expect(unreadable.stderr).not.toContain('pass --allow-partial')
  })

  test('--target copy|empty|none: the copy with state="new" by default, an empty target, or none', () => {
    const copy = exportIn('Первое **слово**.\n')
    expect(copy.xliff).toContain('<source>Первое <bpt id="1" ctype="bold">**</bpt>слово<ept id="1">**</ept>.</source>\n        <target state="new">Первое <bpt id="1" ctype="bold">**</bpt>слово<ept id="1">**</ept>.</target>')
    expect(exportIn('Первое.\n', ['--target', 'empty']).xliff).toContain('<target state="new"></target>')
    expect(exportIn('Первое.\n', ['--target', 'none']).xliff).not.toContain('<target')
    const two = exportIn('Первое.\n', ['--format', 'xliff2'])
    expect(two.xliff).toMatch(/trgLang="en"[\s\S]*<segment state="initial">\s*<source>Первое.<\/source>\s*<target>Первое.<\/target>/)
    const bad = exportIn('Первое.\n', ['--target', 'fill'])
    expect(bad.exported.status).toBe(2)
    expect(bad.exported.stderr).toContain('unknown --target "fill"; valid: copy, empty, none')
  })

  test('original is the path relative to the working folder, never an absolute local path', () => {
    const trip = exportIn('Первое.\n')
    const absolute = runCli(['export', path.join(trip.dir, 'ru.md'), '-o', 'abs.xlf'], {cwd: trip.dir})
    expect(absolute.status).toBe(0)
    const xml = readFileSync(path.join(trip.dir, 'abs.xlf'), 'utf8')
    expect(xml).toContain('original="ru.md"')
    expect(xml).not.toContain(trip.dir)
  })

  test('several files in one export, each imported by its --source, matched by original', () => {
    const trip = exportIn('Первый документ.\n', [], 'a.md')
    writeFileSync(path.join(trip.dir, 'b.md'), 'Второй документ.\n')
    const both = runCli(['export', 'a.md', 'b.md', '-o', 'both.xlf'], {cwd: trip.dir})
    expect(both.status, both.stderr).toBe(0)
    expect(both.stderr).toContain('Exported 2 segments to both.xlf')
    const xml = readFileSync(path.join(trip.dir, 'both.xlf'), 'utf8')
    expect([...xml.matchAll(/<file original="([^"]+)"/g)].map((m) => m[1])).toEqual(['a.md', 'b.md'])
    writeFileSync(path.join(trip.dir, 'en.xlf'), xml.replace('>Первый документ.</target>', '>First document.</target>').replace('>Второй документ.</target>', '>Second document.</target>'))
    for (const [source, english] of [['a.md', 'First document.\n'], ['b.md', 'Second document.\n']]) {
      const imported = runCli(['import', 'en.xlf', '--source', source!, '-o', `en-${source}`], {cwd: trip.dir})
      expect(imported.status, imported.stderr).toBe(0)
      expect(readOut(trip, `en-${source}`)).toBe(english)
    }
  })

  test('usage errors exit 2', () => {
    const trip = exportIn('Текст.\n')
    writeFileSync(path.join(trip.dir, 'en.xlf'), trip.xliff)
    const noSource = runCli(['import', 'en.xlf', '-o', 'en.md'], {cwd: trip.dir})
    expect(noSource.status).toBe(2)
    expect(noSource.stderr).toContain('tolmach import needs --source')
    const jsonOnStdout = runCli(['import', 'en.xlf', '--source', 'ru.md', '--json'], {cwd: trip.dir})
    expect(jsonOnStdout.status).toBe(2)
    expect(jsonOnStdout.stderr).toContain('--json prints on standard output')
    const badLang = importIn(trip, trip.xliff, ['--lang', 'de'])
    expect(badLang.status).toBe(2)
    expect(badLang.stderr).toContain('unknown language "de" for --lang')
    const badFormat = runCli(['export', 'ru.md', '--format', 'jsonl'], {cwd: trip.dir})
    expect(badFormat.status).toBe(2)
    expect(badFormat.stderr).toContain('use one of: xliff, xliff2')
  })
})

describe('tolmach export extras', () => {
  const markdown = 'Министр иностранных дел РК Ермек Кошербаев выступил.\n\nКазахстан и **США** подписали меморандум.\n'

  test('glossary terms become notes with their approved translation', () => {
    const trip = exportIn(markdown, ['--glossary', path.join(root, 'glossary/termbase.csv')])
    expect(trip.exported.status).toBe(0)
    expect(trip.xliff).toContain('<note>glossary: Министр иностранных дел → Minister of Foreign Affairs | Foreign Minister (avoid: Minister of Foreign Ministry)</note>')
    expect(trip.exported.stderr).toMatch(/Exported 2 segments to ru\.xlf \(0 memory matches, \d+ glossary notes\)/)
  })

  test('exact memory matches become targets marked for review, whitespace aside', () => {
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence" o-tmf="test" adminlang="en" srclang="ru" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="ru"><seg>Казахстан и  <bpt i="1">**</bpt>США<ept i="1">**</ept>
подписали меморандум.</seg></tuv><tuv xml:lang="en"><seg>Kazakhstan and the <bpt i="1">**</bpt>U.S.<ept i="1">**</ept> signed a memorandum.</seg></tuv></tu>
<tu><tuv xml:lang="ru"><seg>Другое.</seg></tuv><tuv xml:lang="en"><seg>Other.</seg></tuv></tu>
</body></tmx>`
    const dir = exportIn(markdown).dir
    writeFileSync(path.join(dir, 'memory.tmx'), tmx)
    const trip = exportIn(markdown, ['--tm', path.join(dir, 'memory.tmx')])
    expect(trip.exported.stderr).toContain('(1 memory match, 0 glossary notes)')
    expect(trip.xliff).toContain('<target state="needs-review-translation" state-qualifier="exact-match">Kazakhstan and the <bpt id="1" ctype="bold">**</bpt>U.S.<ept id="1">**</ept> signed a memorandum.</target>')
    const xliff2 = exportIn(markdown, ['--tm', path.join(dir, 'memory.tmx'), '--format', 'xliff2'])
    expect(xliff2.xliff).toMatch(/<segment state="translated" subState="tolmach:exact-match">/)
    // The memory target imports as it is; the other segment is untranslated.
    const imported = importIn(trip, trip.xliff, ['--allow-partial'])
    expect(imported.status).toBe(0)
    expect(readOut(trip)).toBe('Министр иностранных дел РК Ермек Кошербаев выступил.\n\nKazakhstan and the **U.S.** signed a memorandum.\n')
  })

  test('--tm old.xlf: last release\'s translated XLIFF fills the changed release, copies of the source do not', () => {
    // Last month: translated in a CAT tool, one unit left as the copy of its source.
    const old = exportIn('# **Итоги**\n\nКазахстан и **США** подписали меморандум.\n\nСтарый абзац.\n')
    const translated = old.xliff
      .replace(/(<target state="new">)(<bpt[^>]*>\*\*<\/bpt>)Итоги(<ept[^>]*>\*\*<\/ept>)/, '$1$2Results$3')
      .replace(/(<target state="new">)Казахстан и (<bpt[^>]*>\*\*<\/bpt>)США(<ept[^>]*>\*\*<\/ept>) подписали меморандум\.(<\/target>)/, '$1Kazakhstan and the $2U.S.$3 signed a memorandum.$4')
    expect(translated).toContain('>Results<ept')
    expect(translated).toContain('U.S.')
    writeFileSync(path.join(old.dir, 'old.xlf'), translated)
    // This month: the heading lost its bold, a paragraph is new, one is unchanged.
    const trip = exportIn('# Итоги\n\nКазахстан и **США** подписали меморандум.\n\nСтарый абзац.\n\nНовый абзац.\n', ['--tm', path.join(old.dir, 'old.xlf')])
    expect(trip.exported.status, trip.exported.stderr).toBe(0)
    expect(trip.exported.stderr).toContain('(2 memory matches, 0 glossary notes)')
    expect(trip.xliff).toContain('state-qualifier="exact-match">Results</target>')
    expect(trip.xliff).toContain('<target state="new">Старый абзац.</target>')
    const imported = importIn(trip, trip.xliff, ['--allow-partial'])
    expect(imported.status).toBe(0)
    expect(readOut(trip)).toBe('# Results\n\nKazakhstan and the **U.S.** signed a memorandum.\n\nСтарый абзац.\n\nНовый абзац.\n')
  })
})
