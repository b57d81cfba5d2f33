import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import Ajv from 'ajv'
import {describe, expect, it} from 'vitest'
import {fixtures} from './check-helpers.js'
import {root, runCli, tempDir} from './run-cli.js'

const schemaFile = path.join(root, 'packages/cli/schema/tolmach.config.schema.json')

/** A project folder with a glossary, a config and a translated TSV. */
function project(config: string): string {
  const dir = tempDir()
  writeFileSync(path.join(dir, 'terms.csv'), readFileSync(path.join(fixtures, 'glossary.csv')))
  writeFileSync(path.join(dir, 'tolmach.config.json'), config)
  mkdirSync(path.join(dir, 'docs/en'), {recursive: true})
  writeFileSync(path.join(dir, 'docs/en/pairs.tsv'), 'ru\ten\nКритические минералы.\tCrucial minerals.\nМИД сообщил.\tThe Foreign Ministry said.\n')
  return dir
}

describe('tolmach.config.json', () => {
  it('is found upward from the working directory; its paths are relative to itself and its severities apply', () => {
    const dir = project(JSON.stringify({glossary: ['terms.csv'], rules: {'term-forbidden': 'warning'}}))
    const run = runCli(['check', 'pairs.tsv', '-f', 'json'], {cwd: path.join(dir, 'docs/en')})
    const found = (JSON.parse(run.stdout) as {findings: Array<{ruleId: string; severity: string; file: string}>}).findings
    expect(found.map((f) => `${f.file} ${f.ruleId} ${f.severity}`)).toEqual(['pairs.tsv term-forbidden warning'])
    expect(run.status).toBe(0)
    expect(runCli(['check', 'pairs.tsv', '--fail-on', 'warning'], {cwd: path.join(dir, 'docs/en')}).status).toBe(1)
  })

  it('turns a rule off and sets the failing severity', () => {
    const dir = project('{"glossary": "terms.csv", "failOn": "never", "rules": {"term-forbidden": "off"}}')
    const run = runCli(['check', 'docs/en/pairs.tsv'], {cwd: dir})
    expect(run).toEqual({status: 0, stdout: '', stderr: 'Checked 2 pairs in 1 file: 0 errors, 0 warnings\n'})
  })

  it('lets command-line options win over the file', () => {
    const dir = project('{"glossary": "missing.csv", "rules": {"term-forbidden": "off"}}')
    const run = runCli(['check', '-g', 'terms.csv', 'docs/en/pairs.tsv', '--config', 'tolmach.config.json'], {cwd: dir})
    expect(run.status).toBe(0)
    expect(runCli(['check', 'docs/en/pairs.tsv'], {cwd: dir})).toMatchObject({status: 2, stderr: 'error: missing.csv: no such file\n'})
  })

  it('reports schema problems with line and column and exits 2', () => {
    const dir = project('{\n  "glossary": "terms.csv",\n  "sourceLang": "de",\n  "rules": {"term-missing": "fatal"},\n  "glosary": []\n}\n')
    const run = runCli(['check', 'docs/en/pairs.tsv'], {cwd: dir})
    expect(run.status).toBe(2)
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'tolmach.config.json:3:17: error "sourceLang" must be one of "ru", "en", not "de" [config-schema]',
      'tolmach.config.json:4:29: error "rules.term-missing" must be one of "error", "warning", "info", "off", not "fatal" [config-schema]',
      'tolmach.config.json:5:3: error unknown property "glosary"; known: $schema, glossary, memories, sourceLang, targetLang, failOn, rules, customRules, urlRewrites, frontMatterKeys [config-schema]'
    ])
  })

  it('reports a JSON syntax error at its place, in Russian too', () => {
    const dir = project('{\n  "glossary": "terms.csv",\n  "failOn": error\n}\n')
    const run = runCli(['check', 'docs/en/pairs.tsv'], {cwd: dir, env: {TOLMACH_LANG: 'ru'}})
    expect(run).toMatchObject({status: 2, stderr: 'tolmach.config.json:3:13: ошибка tolmach.config.json — некорректный JSON: ожидалось значение, найдено "e" [config-syntax]\n'})
  })

  it('reads custom rules and URL rewrites: a team\'s own check fires at its line, a localised link is not a mismatch', () => {
    const dir = tempDir()
    const config = {
      // Comments are allowed (jsonc), as in editors' settings files.
      customRules: [{id: 'no-the-kazakhstan', pattern: '\\bthe Kazakhstan\\b', flags: 'i', severity: 'error', message: 'Kazakhstan takes no article'}],
      // The agency's English site is a subdomain without the language segment.
      urlRewrites: [{from: '^https://inform\\.kz/ru/', to: 'https://en.inform.kz/'}]
    }
    writeFileSync(path.join(dir, 'tolmach.config.json'), `// project checks\n${JSON.stringify(config, null, 2)}\n`)
    writeFileSync(path.join(dir, 'ru.md'), '# Визит\n\nМинистр посетил Казахстан 5 марта.\n\nПодробнее на [сайте](https://inform.kz/ru/news/123).\n')
    writeFileSync(path.join(dir, 'en.md'), '# Visit\n\nThe Minister visited the Kazakhstan on March 5.\n\nMore on the [website](https://en.inform.kz/news/123).\n')
    const run = runCli(['check', '--pair', 'ru.md', 'en.md', '-f', 'json'], {cwd: dir})
    const found = (JSON.parse(run.stdout) as {findings: Array<{ruleId: string; message: string; place: {start: {line: number; column: number}}}>}).findings
    expect(found.filter((f) => f.ruleId !== 'start-capital').map((f) => `${f.place.start.line}:${f.place.start.column} ${f.ruleId} ${f.message}`)).toEqual([
      '3:22 no-the-kazakhstan Kazakhstan takes no article'
    ])
    expect(run.status).toBe(1)
    // Without the rewrite, the localised link is a mismatch.
    writeFileSync(path.join(dir, 'tolmach.config.json'), '{}')
    const plain = JSON.parse(runCli(['check', '--pair', 'ru.md', 'en.md', '-f', 'json'], {cwd: dir}).stdout) as {findings: Array<{ruleId: string}>}
    expect(plain.findings.map((f) => f.ruleId)).toContain('link-mismatch')
  })

  it('ships a JSON Schema that validates the project config', () => {
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object
    const ajv = new Ajv({strict: false})
    const validate = ajv.compile(schema)
    expect(validate(JSON.parse(readFileSync(path.join(root, 'tolmach.config.json'), 'utf8')))).toBe(true)
    expect(validate({glossary: [], rules: {'term-missing': 'fatal'}})).toBe(false)
    const pkg = JSON.parse(readFileSync(path.join(root, 'packages/cli/package.json'), 'utf8')) as {files: string[]}
    expect(pkg.files).toContain('schema')
  })
})
