import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {root, runCli, tempDir} from './run-cli.js'

const aligned = ['000-critical-minerals-ministerial.tmx', '003-c5-1-critical-minerals-dialogue.tmx'].map((f) => path.join(root, 'corpus/aligned', f))

function memoryWithCorpus(): {dir: string; tm: string} {
  const dir = tempDir()
  const tm = path.join(dir, 'team.tmdb')
  const run = runCli(['tm', 'import', ...aligned, '--tm', tm])
  expect(run.status, run.stderr).toBe(0)
  expect(run.stderr).toMatch(/^30 pairs into .*team\.tmdb: 30 new, 0 merged, 0 skipped\n$/)
  return {dir, tm}
}

describe('tolmach tm', () => {
  it('imports the aligned corpus once: a second import merges', () => {
    const {tm} = memoryWithCorpus()
    const again = runCli(['tm', 'import', aligned[0]!, '--tm', tm])
    expect(again.stderr).toMatch(/: 0 new, \d+ merged/)
    const stats = JSON.parse(runCli(['tm', 'stats', '--tm', tm, '--json']).stdout) as {entries: number; backend: string}
    expect(stats).toMatchObject({entries: 30, backend: 'sqlite'})
  })

  it('finds a fuzzy match with the number repaired, and concordance finds inflected forms', () => {
    const {tm} = memoryWithCorpus()
    runCli(['tm', 'add', 'Экспорт урана вырос на 12,5 % и достиг 17 млрд долларов.', 'Uranium exports grew by 12.5% to 17 billion dollars.', '--tm', tm])
    const search = runCli(['tm', 'search', 'Экспорт урана вырос на 14,2 % и достиг 19 млрд долларов.', '--tm', tm, '--json'])
    const [best] = JSON.parse(search.stdout) as Array<{score: number; target: string; repaired: boolean}>
    expect(best).toMatchObject({target: 'Uranium exports grew by 14.2% to 19 billion dollars.', repaired: true})
    expect(best!.score).toBeGreaterThanOrEqual(90)
    const conc = runCli(['tm', 'concordance', 'критически важный минерал', '--tm', tm])
    expect(conc.status).toBe(0)
    expect(conc.stdout).toContain('[критически] [важных] [минералов]')
    expect(conc.stdout).toMatch(/\[Critical\] \[Minerals\]/)
  })

  it('exports TMX that imports back to the same memory, x- props included', () => {
    const {dir, tm} = memoryWithCorpus()
    const first = path.join(dir, 'first.tmx')
    expect(runCli(['tm', 'export', '--tm', tm, '-o', first]).status).toBe(0)
    const tmx = readFileSync(first, 'utf8')
    expect(tmx).toContain('<prop type="x-verdict">ok</prop>')
    writeFileSync(first, tmx.replace('<prop type="x-verdict">ok</prop>', '<prop type="x-verdict">ok</prop><prop type="x-client">press</prop>'))
    const copy = path.join(dir, 'copy.tmdb')
    expect(runCli(['tm', 'import', first, '--tm', copy]).status).toBe(0)
    const second = runCli(['tm', 'export', '--tm', copy]).stdout
    expect(second).toContain('<prop type="x-client">press</prop>')
    const units = (s: string) => [...s.matchAll(/<seg>(.*?)<\/seg>/g)].map((m) => m[1])
    expect(units(second)).toEqual(units(tmx))
  })

  it('imports the good units of a malformed TMX and reports the bad one with its position', () => {
    const dir = tempDir()
    const file = path.join(dir, 'bad.tmx')
    writeFileSync(
      file,
      '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="ru" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="x" creationtoolversion="1" o-tmf="x"/><body>\n' +
        '<tu><tuv xml:lang="ru"><seg>Один.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>\n' +
        '<tu><tuv xml:lang="ru"><seg>Только русский.</seg></tuv></tu>\n' +
        '<tu><tuv xml:lang="ru"><seg>Три.</seg></tuv><tuv xml:lang="en"><seg>Three.</seg></tuv></tu>\n</body></tmx>\n'
    )
    const run = runCli(['tm', 'import', file, '--tm', path.join(dir, 'm.tmdb')])
    expect(run.stderr).toMatch(/bad\.tmx:4:1.*not imported/)
    expect(run.stderr).toMatch(/2 pairs into .*: 2 new, 0 merged, 1 skipped/)
  })

  it('export --tm puts fuzzy matches in XLIFF 1.2 alt-trans and XLIFF 2 mtc:matches', () => {
    const {dir, tm} = memoryWithCorpus()
    const release = path.join(dir, 'release.md')
    writeFileSync(release, '# Казахстан принял участие во второй Министерской конференции по критическим минералам в Вашингтоне\n')
    const xlf = path.join(dir, 'release.xlf')
    expect(runCli(['export', release, '--tm', tm, '-o', xlf]).status).toBe(0)
    const x12 = readFileSync(xlf, 'utf8')
    expect(x12).toMatch(/<alt-trans match-quality="(8\d|9\d)%" origin="[^"]*team\.tmdb[^"]*">/)
    expect(x12).toContain('Kazakhstan Takes Part in the First Critical Minerals Ministerial in Washington')
    // A fuzzy match is offered, never filled in: the target stays the source copy waiting for translation.
    expect(x12).toContain('<target state="new">')
    expect(x12).not.toMatch(/<target state="(translated|needs-review-translation)"/)
    const x2 = runCli(['export', release, '--tm', tm, '-f', 'xliff2', '--min-match', '95']).stdout
    expect(x2).not.toContain('mtc:match ')
    const x2low = runCli(['export', release, '--tm', tm, '-f', 'xliff2']).stdout
    expect(x2low).toMatch(/<mtc:match ref="#s1" type="tm" similarity="\d+" origin=/)
  })

  it('export --tm -g lowers a match whose target uses a forbidden glossary rendering and notes it', () => {
    const {dir, tm} = memoryWithCorpus()
    // glossary/termbase.csv forbids "crucial minerals" for «критические минералы».
    expect(runCli(['tm', 'add', 'Казахстан поставляет критические минералы в Европу.', 'Kazakhstan supplies crucial minerals to Europe.', '--tm', tm]).status).toBe(0)
    const release = path.join(dir, 'release.md')
    writeFileSync(release, 'Казахстан поставляет критические минералы в Европу.\n\nКазахстан поставляет критические минералы в Азию.\n')
    const glossary = path.join(root, 'glossary/termbase.csv')
    const plain = runCli(['export', release, '--tm', tm, '--min-match', '60'])
    const checked = runCli(['export', release, '--tm', tm, '--min-match', '60', '-g', glossary])
    expect(checked.status, checked.stderr).toBe(0)
    const qualities = (xliff: string) => [...xliff.matchAll(/<alt-trans match-quality="(\d+)%"/g)].map((m) => Number(m[1]))
    const [exact, fuzzy] = qualities(plain.stdout)
    expect(exact).toBe(100)
    expect(qualities(checked.stdout)).toEqual([exact! - 10, fuzzy! - 10])
    expect(checked.stdout).toContain('<note from="tolmach">glossary: «crucial minerals» is forbidden (use «critical minerals»)</note>')
    expect(checked.stdout).toContain('<note from="tolmach">words Европу → Азию; glossary: «crucial minerals» is forbidden (use «critical minerals»)</note>')
    // The exact match is filled in as a target to review without the glossary, not with it.
    expect(plain.stdout).toContain('state="needs-review-translation" state-qualifier="exact-match">Kazakhstan supplies crucial minerals to Europe.</target>')
    expect(checked.stdout).not.toContain('state="needs-review-translation"')
    const x2 = runCli(['export', release, '--tm', tm, '--min-match', '60', '-g', glossary, '-f', 'xliff2']).stdout
    expect(x2).toContain(`<mtc:match ref="#s1" type="tm" similarity="${exact! - 10}"`)
    expect(x2).toContain('<mda:meta type="explanation">glossary: «crucial minerals» is forbidden (use «critical minerals»)</mda:meta>')
  })

  it('takes a memory by its name under "memories" in tolmach.config.json', () => {
    const {dir} = memoryWithCorpus()
    writeFileSync(path.join(dir, 'tolmach.config.json'), JSON.stringify({memories: {team: 'team.tmdb'}}))
    const run = runCli(['tm', 'stats', '--tm', 'team', '--json'], {cwd: dir})
    expect(JSON.parse(run.stdout)).toMatchObject({name: 'team', entries: 30})
  })

  it('never prints the password of a postgres:// memory', () => {
    const run = runCli(['tm', 'stats', '--tm', 'postgres://tolmach:Sekr3tPw@127.0.0.1:1/none'])
    expect(run.status).not.toBe(0)
    expect(run.stderr).toContain('postgres://127.0.0.1:1/none')
    expect(run.stderr + run.stdout).not.toContain('Sekr3tPw')
  })
})
