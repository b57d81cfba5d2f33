import {spawn} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import Database from 'better-sqlite3'
import pg from 'pg'
import {afterAll, beforeEach, describe, expect, it} from 'vitest'
import {createTermMatcher, parseGlossary, russianLemma} from '@tolmach/glossary'
import {analyze, indexKey, lengthBounds} from './analyze.js'
import {firstTerms, type QueryTerm} from './candidate-search.js'
import {openPostgres} from './pg-backend.js'
import {decodeBlock} from './posting-blocks.js'
import {contradictionPenalty, createLemmatizer, type EntryInput, openMemory, type TermContradiction, type TranslationMemory} from './index.js'

const lemmatizer = createLemmatizer(russianLemma)
const repoRoot = path.resolve(import.meta.dirname, '../../..')

// One suite, two real databases: a SQLite file and the PostgreSQL server
// that `.ci/run` starts (its URL in TOLMACH_PG_URL).
const pgUrl = process.env['TOLMACH_PG_URL']
const dir = mkdtempSync(path.join(tmpdir(), 'tolmach-memory-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))
let counter = 0

async function freshPostgres(): Promise<string> {
  const client = new pg.Client({connectionString: pgUrl})
  await client.connect()
  await client.query('DROP TABLE IF EXISTS tm_meta, tm_entry, tm_term, tm_posting, tm_block, tm_schema CASCADE')
  await client.query('DROP SEQUENCE IF EXISTS tm_entry_id')
  await client.end()
  return pgUrl!
}

/** Rewrites a memory's postings as schema 1 stored them: a row per (term, length, entry). */
async function downgradeToSchema1(backend: string, where: string): Promise<void> {
  const v1 = 'CREATE TABLE tm_posting (term INTEGER NOT NULL, length INTEGER NOT NULL, entry INTEGER NOT NULL, PRIMARY KEY (term, length, entry))'
  const expand = (blocks: Array<{term: number; ids: Uint8Array}>) =>
    blocks.flatMap((b) => {
      const {ids, lengths} = decodeBlock(b.ids)
      return [...ids].map((id, i) => [b.term, lengths[i]!, id])
    })
  if (backend === 'sqlite') {
    const db = new Database(where)
    db.exec(`${v1} WITHOUT ROWID`)
    const insert = db.prepare('INSERT INTO tm_posting VALUES (?, ?, ?)')
    for (const p of expand(db.prepare('SELECT term, ids FROM tm_block').all() as Array<{term: number; ids: Uint8Array}>)) insert.run(...p)
    db.exec('DROP TABLE tm_block')
    db.pragma('user_version = 1')
    db.close()
    return
  }
  const client = new pg.Client({connectionString: where})
  await client.connect()
  await client.query(v1)
  for (const p of expand((await client.query('SELECT term, ids FROM tm_block')).rows)) await client.query('INSERT INTO tm_posting VALUES ($1, $2, $3)', p)
  await client.query('DROP TABLE tm_block')
  await client.query('UPDATE tm_schema SET version = 1')
  await client.end()
}

const backends: Array<[string, () => Promise<string>]> = [
  ['sqlite', async () => path.join(dir, `m${++counter}.tmdb`)],
  ['postgres', freshPostgres]
]

const pair = (source: string, target: string, extra: Partial<EntryInput> = {}): EntryInput => ({source, target, sourceLang: 'ru', targetLang: 'en', ...extra})

describe.each(backends)('translation memory on %s', (name, location) => {
  it('needs a server for PostgreSQL (TOLMACH_PG_URL)', () => {
    if (name === 'postgres') expect(pgUrl, 'TOLMACH_PG_URL must point to a PostgreSQL server').toMatch(/^postgres/)
  })

  let tm: TranslationMemory
  let where: string
  beforeEach(async () => {
    where = await location()
    tm = await openMemory(where, {lemmatizer})
    return () => tm.close()
  })

  it('finds a segment that differs only in a number and repairs the number in the target', async () => {
    await tm.add([
      pair('Инфляция в октябре составила 12,5 %.', 'Inflation in October was 12.5%.'),
      pair('Экспорт вырос до 17 млрд долларов.', 'Exports rose to 17 billion dollars.'),
      pair('Совет директоров утвердил годовой отчёт.', 'The board approved the annual report.')
    ])
    const [pct] = await tm.search('Инфляция в октябре составила 13,7 %.', {sourceLang: 'ru', targetLang: 'en'})
    expect(pct!.score).toBeGreaterThanOrEqual(95)
    expect(pct!.score).toBeLessThan(100)
    expect(pct!.target).toBe('Inflation in October was 13.7%.')
    expect(pct!.repaired).toBe(true)
    expect(pct!.explanation).toContain('12,5 → 13,7')
    const [bn] = await tm.search('Экспорт вырос до 18 млрд долларов.', {sourceLang: 'ru', targetLang: 'en'})
    expect(bn!.target).toBe('Exports rose to 18 billion dollars.')
    const [same] = await tm.search('Совет директоров утвердил годовой отчёт.', {sourceLang: 'ru', targetLang: 'en'})
    expect(same!.score).toBe(100)
    expect(same!.repaired).toBe(false)
  })

  it('charges little for case and punctuation and much for a negation', async () => {
    await tm.add([pair('Компания выполнила план по добыче угля в этом году', 'The company met its coal output plan this year')])
    const options = {sourceLang: 'ru', targetLang: 'en', minScore: 50}
    const [cased] = await tm.search('компания выполнила план по добыче угля в этом году!', options)
    const [negated] = await tm.search('Компания не выполнила план по добыче угля в этом году', options)
    const [word] = await tm.search('Компания выполнила план по добыче нефти в этом году', options)
    expect(cased!.score).toBeGreaterThanOrEqual(95)
    expect(negated!.score).toBeLessThan(word!.score)
    expect(negated!.explanation).toContain('negation')
  })

  it('lowers a match whose target holds a forbidden or deprecated glossary rendering and says why', async () => {
    // The repository's termbase forbids "crucial minerals" and deprecates "critical raw materials".
    const glossary = parseGlossary(readFileSync(path.join(repoRoot, 'glossary/termbase.csv')), {fileName: 'termbase.csv'}).glossary
    const matcher = createTermMatcher(glossary, {lang: 'en'})
    const approved = (id: string) => glossary.concepts.find((c) => c.id === id)!.terms.filter((t) => t.lang === 'en' && t.status === 'preferred').map((t) => t.text)
    const contradictions = (target: string): TermContradiction[] =>
      matcher
        .find(target)
        .filter((m) => m.status === 'forbidden' || m.status === 'deprecated')
        .map((m) => ({found: target.slice(m.start, m.end), status: m.status as 'forbidden' | 'deprecated', expected: approved(m.conceptId)}))
    await tm.add([
      pair('Казахстан поставляет критические минералы в Европу.', 'Kazakhstan supplies crucial minerals to Europe.'),
      pair('Казахстан поставляет критические минералы в Азию.', 'Kazakhstan supplies critical minerals to Asia.'),
      pair('Спрос на критические минералы растёт.', 'Demand for critical raw materials is growing.')
    ])
    const plain = {sourceLang: 'ru', targetLang: 'en'}
    const checked = {...plain, contradictions}
    const [exactPlain] = await tm.search('Казахстан поставляет критические минералы в Европу.', plain)
    const [exact, other] = await tm.search('Казахстан поставляет критические минералы в Европу.', checked)
    expect(exactPlain!.score).toBe(100)
    expect(exact!.entry.target).toBe('Kazakhstan supplies crucial minerals to Europe.')
    expect(exact!.score).toBe(100 - contradictionPenalty.forbidden)
    expect(exact!.contradictions).toEqual([{found: 'crucial minerals', status: 'forbidden', expected: ['critical minerals']}])
    expect(exact!.explanation).toBe('glossary: «crucial minerals» is forbidden (use «critical minerals»)')
    expect(other!.contradictions).toEqual([])
    const [deprecated] = await tm.search('Спрос на критические минералы растёт!', checked)
    const [deprecatedPlain] = await tm.search('Спрос на критические минералы растёт!', plain)
    expect(deprecated!.score).toBe(deprecatedPlain!.score - contradictionPenalty.deprecated)
    expect(deprecated!.explanation).toMatch(/^punctuation; glossary: «critical raw materials» is deprecated/)
  })

  it('opens a schema 1 memory (one row per posting) by moving its postings into blocks', async () => {
    await tm.add([
      pair('Добыча критически важных минералов растёт.', 'Production of critical minerals is growing.'),
      pair('Инфляция в октябре составила 12,5 %.', 'Inflation in October was 12.5%.')
    ])
    await tm.close()
    await downgradeToSchema1(name, where)
    tm = await openMemory(where, {lemmatizer})
    const [match] = await tm.search('Инфляция в ноябре составила 12,5 %.', {sourceLang: 'ru', targetLang: 'en'})
    expect(match!.target).toBe('Inflation in October was 12.5%.')
    expect((await tm.concordance('mineral')).map((hit) => hit.entry.source)).toEqual(['Добыча критически важных минералов растёт.'])
    expect((await tm.stats()).schemaVersion).toBe(2)
  })

  it('indexes a replaced target: concordance finds the new words, not the old', async () => {
    await tm.add([pair('Отчёт опубликован.', 'The report is out.', {changed: '2024-01-01T00:00:00Z'})])
    await tm.add([pair('Отчёт опубликован.', 'The paper has been published.', {changed: '2025-01-01T00:00:00Z'})])
    expect(await tm.concordance('paper')).toHaveLength(1)
    expect(await tm.concordance('out')).toHaveLength(0)
  })

  // 6,040 entries and two concordances over thousands of them: seconds alone, more beside the other suites.
  it('indexes a target replaced later in the same import, and still writes whole posting blocks', {timeout: 120_000}, async () => {
    // Past one batch (5,000 inputs), so the replacement meets postings still waiting to be written.
    const entries: EntryInput[] = []
    for (let i = 0; i < 6000; i++) entries.push(pair(`Отчёт номер ${i} опубликован.`, `Report ${i} is out.`, {changed: '2024-01-01T00:00:00Z'}))
    for (let i = 0; i < 40; i++) entries.push(pair(`Отчёт номер ${i * 100} опубликован.`, `The paper ${i * 100} is published.`, {changed: '2025-01-01T00:00:00Z'}))
    const result = await tm.add(entries)
    expect(result).toMatchObject({added: 6000, merged: 40})
    expect(await tm.concordance('paper', {limit: 100})).toHaveLength(40)
    expect((await tm.concordance('out', {limit: 10_000})).length).toBe(5960)
    expect((await tm.concordance('отчёт', {limit: 10_000})).length).toBe(6000)
    const [hit] = await tm.search('Отчёт номер 200 опубликован.', {sourceLang: 'ru', targetLang: 'en'})
    expect(hit!.target).toBe('The paper 200 is published.')
    if (name === 'sqlite') {
      await tm.close()
      const db = new Database(where)
      // «отчёт» is in all 6,000 sources of one length: six blocks, not one per batch written.
      const rows = db.prepare("SELECT count(*) FROM tm_block WHERE term = (SELECT id FROM tm_term WHERE key IN ('ru:отчёт', 'ru:отчет'))").pluck().get()
      db.close()
      expect(rows).toBe(Math.ceil(6000 / 1024))
      tm = await openMemory(where, {lemmatizer})
    }
  })

  it('merges duplicates and keeps an older target as an alternative', async () => {
    const first = await tm.add([
      pair('Отчёт опубликован.', 'The report is published.', {changed: '2024-01-01T00:00:00Z'}),
      pair('Отчёт   опубликован.', 'The report is published.', {changed: '2024-02-01T00:00:00Z'})
    ])
    expect(first).toEqual({added: 1, merged: 1, skipped: []})
    await tm.add([pair('Отчёт опубликован.', 'The report has been published.', {changed: '2025-01-01T00:00:00Z', props: {'x-client': 'press'}})])
    const all = []
    for await (const entry of tm.entries()) all.push(entry)
    expect(all).toHaveLength(1)
    expect(all[0]!.target).toBe('The report has been published.')
    expect(all[0]!.alternatives.map((a) => a.target)).toEqual(['The report is published.'])
    expect(all[0]!.props).toEqual({'x-client': 'press'})
    expect(all[0]!.created).toBe('2024-01-01T00:00:00Z')
  })

  it('finds inflected forms in concordance, Russian and English', async () => {
    await tm.add([
      pair('Критически важные минералы нужны промышленности.', 'Critical minerals are needed by industry.'),
      pair('Добыча критически важных минералов растёт.', 'Production of critical minerals is growing.'),
      pair('Цены на нефть упали.', 'Oil prices fell.')
    ])
    const ru = await tm.concordance('критически важный минерал')
    expect(ru.map((hit) => hit.entry.target).sort()).toEqual(['Critical minerals are needed by industry.', 'Production of critical minerals is growing.'])
    const hit = ru.find((h) => h.entry.source.startsWith('Добыча'))!
    expect(hit.found.map(([s, e]) => hit.entry.source.slice(s, e))).toEqual(['критически', 'важных', 'минералов'])
    const en = await tm.concordance('mineral')
    expect(en).toHaveLength(2)
    expect(en[0]!.side).toBe('target')
  })

  it('finds the same best match through the index as by scoring every entry', async () => {
    const entries: EntryInput[] = []
    const words = 'рынок цена нефть газ уголь добыча экспорт импорт рост спад банк кредит ставка отчёт совет план год месяц'.split(' ')
    for (let i = 0; i < 400; i++) {
      const sentence = Array.from({length: 4 + (i % 9)}, (_, k) => words[(i * 7 + k * 3) % words.length]).join(' ')
      entries.push(pair(`${sentence} ${i % 50}`, `sentence ${i}`))
    }
    await tm.add(entries)
    for (let i = 0; i < 40; i++) {
      const query = `${entries[i * 9]!.source.split(' ').slice(0, -2).join(' ')} добыча ${i}`
      const options = {sourceLang: 'ru', targetLang: 'en', minScore: 60, maxMatches: 1}
      const [indexed] = await tm.search(query, options)
      const [scanned] = await tm.exhaustiveSearch(query, options)
      expect(indexed?.entry.id).toBe(scanned?.entry.id)
      expect(indexed?.score).toBe(scanned?.score)
    }
  })

  it('finds the exhaustive scan’s top matches when common words fill the queries and near duplicates abound', async () => {
    // Families of near duplicates around a rare word, padded with words every entry shares: the
    // search reads rare lists, leaves the common ones unread and bounds what they could add.
    const common = 'в и на по с не что это год как'.split(' ')
    const rare = 'нефть газ уголь добыча экспорт импорт банк кредит ставка отчёт совет план рынок цена'.split(' ')
    const entries: EntryInput[] = []
    for (let i = 0; i < 600; i++) {
      const family = rare[i % rare.length]!
      const words = Array.from({length: 3 + ((i * 5) % 17)}, (_, k) => (k % 3 === 1 ? rare[(i + k) % rare.length]! : common[(i * 3 + k) % common.length]!))
      words.splice(i % words.length, 0, family, String(i % 7))
      entries.push(pair(words.join(' '), `sentence ${i}`))
    }
    await tm.add(entries)
    for (const [i, minScore] of [[3, 75], [17, 60], [40, 75], [101, 50], [222, 75], [333, 90], [450, 70], [599, 80]] as const) {
      const words = entries[i]!.source.split(' ')
      words[1] = 'совсем'
      const query = words.join(' ')
      const options = {sourceLang: 'ru', targetLang: 'en', minScore, maxMatches: 3}
      const indexed = await tm.search(query, options)
      const scanned = await tm.exhaustiveSearch(query, options)
      expect(indexed.map((m) => m.score)).toEqual(scanned.map((m) => m.score))
      expect(indexed.length).toBeGreaterThan(0)
      expect(indexed[0]!.entry.id).toBe(scanned[0]!.entry.id)
    }
  })

  it('prunes by verdict and age, and pruned entries are no longer found', async () => {
    await tm.add([
      pair('Рынок угля вырос в этом году.', 'The coal market grew this year.', {verdict: 'ok', changed: '2025-01-01T00:00:00Z'}),
      pair('Рынок нефти вырос в этом году.', 'The oil market grew this year.', {verdict: 'warning', changed: '2025-01-01T00:00:00Z'}),
      pair('Рынок газа вырос в этом году.', 'The gas market grew this year.', {changed: '2020-01-01T00:00:00Z'})
    ])
    const options = {sourceLang: 'ru', targetLang: 'en', maxMatches: 5}
    expect(await tm.search('Рынок нефти вырос в этом году.', options)).toHaveLength(3)
    expect(await tm.prune({keepVerdicts: ['ok']})).toEqual({removed: 1, alternatives: 0})
    expect((await tm.search('Рынок нефти вырос в этом году.', options)).map((m) => m.entry.target)).toEqual(['The coal market grew this year.', 'The gas market grew this year.'])
    expect(await tm.prune({olderThan: '2021-01-01T00:00:00Z'})).toEqual({removed: 1, alternatives: 0})
    expect((await tm.stats()).entries).toBe(1)
    expect(await tm.concordance('газ')).toEqual([])
  })

  it('leaves the memory as it was when an import fails half-way', async () => {
    await tm.add([pair('Первое.', 'First.')])
    const bad = [pair('Второе.', 'Second.'), {source: 'Третье.', target: 3} as unknown as EntryInput]
    await expect(tm.add(bad)).rejects.toThrow(TypeError)
    expect((await tm.stats()).entries).toBe(1)
  })

  it('loses nothing when two processes add at once', async () => {
    const script = `
      import {openMemory, createLemmatizer} from ${JSON.stringify(pathToFileURL(path.resolve('dist/index.js')).href)}
      import {russianLemma} from '@tolmach/glossary'
      const tm = await openMemory(process.argv[1], {lemmatizer: createLemmatizer(russianLemma)})
      for (let i = 0; i < 20; i++) await tm.add([{source: 'Строка ' + process.argv[2] + ' ' + i, target: 'Line', sourceLang: 'ru', targetLang: 'en'}])
      await tm.close()`
    const run = (tag: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(process.execPath, ['--input-type=module', '-e', script, where, tag], {stdio: 'inherit'})
        child.on('exit', (code) => resolve(code ?? 1))
      })
    expect(await Promise.all([run('a'), run('b')])).toEqual([0, 0])
    expect((await tm.stats()).entries).toBe(40)
  })
})

describe('sqlite file', () => {
  it('refuses a memory from a newer schema with a clear message', async () => {
    const file = path.join(dir, 'newer.tmdb')
    const tm = await openMemory(file, {lemmatizer})
    await tm.close()
    const db = new Database(file)
    db.pragma('user_version = 99')
    db.close()
    await expect(openMemory(file)).rejects.toThrow(/schema version 99 is newer than this tolmach supports/)
  })
})

describe('postgres server', () => {
  it('refuses a memory from a newer schema with a clear message', async () => {
    const url = await freshPostgres()
    const tm = await openMemory(url, {lemmatizer})
    await tm.close()
    const client = new pg.Client({connectionString: url})
    await client.connect()
    await client.query('UPDATE tm_schema SET version = 99')
    await client.end()
    await expect(openMemory(url, {lemmatizer})).rejects.toThrow(/schema version 99 is newer than this tolmach supports/)
  })
})

// The server picks a search's first lists in SQL; the search trusts them only if they are the ones
// `firstTerms` picks, so the two must agree on every query length and threshold.
describe('the first round trip of a PostgreSQL search', () => {
  it('reads the posting blocks of exactly the terms firstTerms picks', async () => {
    expect(pgUrl, 'TOLMACH_PG_URL must point to a PostgreSQL server').toMatch(/^postgres/)
    await freshPostgres()
    const words = 'в и на по с не что это год как нефть газ уголь добыча экспорт импорт банк кредит ставка отчёт совет план рынок цена'.split(' ')
    const tm = await openMemory(pgUrl!, {lemmatizer})
    await tm.add(
      Array.from({length: 900}, (_, i) => ({
        source: Array.from({length: 2 + (i % 23)}, (_, k) => words[(i * 7 + k * k) % (k % 2 ? words.length : 10)]).join(' '),
        target: `sentence ${i}`,
        sourceLang: 'ru',
        targetLang: 'en'
      }))
    )
    await tm.close()
    const backend = await openPostgres(pgUrl!)
    try {
      let compared = 0
      for (let i = 0; i < 60; i++) {
        const text = Array.from({length: 1 + ((i * 5) % 31)}, (_, k) => words[(i * 3 + k * 7) % words.length]).join(' ')
        const query = analyze(text, 'ru', lemmatizer)
        const weights = new Map<string, number>()
        for (const key of query.keys) weights.set(indexKey('ru', key), (weights.get(indexKey('ru', key)) ?? 0) + 1)
        for (const minScore of [50, 60, 75, 83, 90, 100]) {
          const range = lengthBounds(query.words.length, minScore)
          const started = await backend.startSearch!({keys: [...weights.keys()], weights: [...weights.values()], length: query.words.length, minScore, min: range.min, max: range.max})
          expect(started.terms).toEqual(await backend.terms([...weights.keys()]))
          const terms: QueryTerm[] = [...weights].map(([key, weight]) => ({...started.terms.get(key)!, weight})).filter((t) => t.df > 0)
          terms.sort((a, b) => a.df - b.df || a.id - b.id)
          const first = terms.slice(0, firstTerms(terms, query.words.length, minScore)).map((t) => t.id)
          expect([...started.blobs.keys()].sort()).toEqual([...first].sort())
          const read = await backend.postingBlobs(first, range.min, range.max)
          for (const id of first) expect(started.blobs.get(id)!.map((b) => Buffer.from(b).toString('hex')).sort()).toEqual(read.get(id)!.map((b) => Buffer.from(b).toString('hex')).sort())
          compared++
        }
      }
      expect(compared).toBe(360)
    } finally {
      await backend.close()
    }
  })
})
