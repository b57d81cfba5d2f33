import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {type Browser, chromium, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root, runCli} from '../cli/run-cli.js'

// The review page in a real browser: Debian's chromium driven by playwright-core
// (no browser download). Screenshots of each state go to test-output/review/.
const shots = path.join(root, 'test-output', 'review')
const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')
const ru000 = 'corpus/ru/000-critical-minerals-ministerial.md'
const en000 = 'corpus/en/000-critical-minerals-ministerial.md'
const ru003 = 'corpus/ru/003-c5-1-critical-minerals-dialogue.md'
const en003 = 'corpus/en/003-c5-1-critical-minerals-dialogue.md'

let browser: Browser
let dir: string

beforeAll(async () => {
  mkdirSync(shots, {recursive: true})
  dir = mkdtempSync(path.join(tmpdir(), 'tolmach-review-'))
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
}, 60_000)
afterAll(async () => {
  await browser?.close()
})

function writePage(name: string, args: string[]): string {
  const out = path.join(dir, name)
  const run = runCli(['review', ...args, '-o', out])
  expect(run.status, run.stderr).toBe(0)
  return out
}

async function open(file: string): Promise<{page: Page; errors: string[]; requests: string[]}> {
  const context = await browser.newContext({acceptDownloads: true, viewport: {width: 1400, height: 900}})
  const page = await context.newPage()
  const errors: string[] = []
  const requests: string[] = []
  page.on('pageerror', (error) => errors.push(String(error)))
  page.on('request', (request) => requests.push(request.url()))
  await page.goto(pathToFileURL(file).href)
  await page.waitForSelector('html[data-ready="true"]', {state: 'attached'})
  return {page, errors, requests}
}

const rowCount = (page: Page) => page.evaluate(() => (window as unknown as {tolmachReview: {rows(): number}}).tolmachReview.rows())
const focusedBead = (page: Page) => page.locator('.row[aria-current="true"]').getAttribute('data-bead')

describe('review page of the bundled corpus', () => {
  let file: string
  beforeAll(() => {
    file = writePage('corpus.html', [ru000, en000, ru003, en003, '-g', 'glossary/termbase.csv'])
  })

  it('shows one row per bead with verdicts, types and no network', async () => {
    const {page, errors, requests} = await open(file)
    const align = JSON.parse(runCli(['corpus', 'build', 'corpus', '--out', path.join(dir, 'build'), '--json']).stdout)
    const beads = align.aligned.beads as number
    expect(await rowCount(page)).toBe(beads)
    const first = page.locator('.row').first()
    expect(await first.getAttribute('data-bead')).toBe('0:0')
    expect(['ok', 'warning', 'error']).toContain(await first.getAttribute('data-verdict'))
    expect(await first.getAttribute('data-type')).toMatch(/^\d-\d$/)
    // Verdicts are text and icon, not colour alone.
    expect(await first.locator('.verdict').textContent()).toMatch(/^[✓⚠✖] (ok|warning|error)$/)
    const counts = await Promise.all(['ok', 'warning', 'error'].map(async (v) => Number(await page.locator(`#count-${v}`).textContent())))
    expect(counts.reduce((a, b) => a + b, 0)).toBe(beads)
    await page.screenshot({path: path.join(shots, '1-opened.png')})
    expect(errors).toEqual([])
    expect(requests.filter((url) => !url.startsWith('file:'))).toEqual([])
  })

  it('filters by kind and by text in either language, and links findings to rows', async () => {
    const {page} = await open(file)
    const all = await rowCount(page)
    await page.selectOption('#filter', 'one-sided')
    const oneSided = await rowCount(page)
    expect(oneSided).toBeGreaterThan(0)
    expect(oneSided).toBeLessThan(all)
    for (const type of await page.locator('.row').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['type']))) {
      expect(type).toMatch(/^(0-\d|\d-0)$/)
    }
    await page.screenshot({path: path.join(shots, '2-one-sided.png')})
    await page.selectOption('#filter', 'all')
    await page.fill('#search', 'Кошербаев')
    const ru = await rowCount(page)
    await page.fill('#search', 'Kosherbayev')
    expect(await rowCount(page)).toBe(ru)
    expect(ru).toBeGreaterThan(0)
    await page.fill('#search', '')
    expect(await rowCount(page)).toBe(all)
    await page.locator('details summary').click()
    const link = page.locator('#findings-list a').first()
    const target = await link.getAttribute('data-goto')
    await link.click()
    expect(await focusedBead(page)).toBe(target)
  })

  it('edits by keyboard with undo and redo, exports corrections, and the CLI applies them', async () => {
    const {page} = await open(file)
    const all = await rowCount(page)
    // Bead 3 of the first release is a 1-1; merge it with bead 4.
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    expect(await focusedBead(page)).toBe('0:2')
    await page.keyboard.press('m')
    expect(await rowCount(page)).toBe(all - 1)
    expect(await page.locator('.row[aria-current="true"]').getAttribute('data-type')).toBe('2-2')
    await page.screenshot({path: path.join(shots, '3-merged.png')})
    await page.keyboard.press('Control+z')
    expect(await rowCount(page)).toBe(all)
    await page.keyboard.press('Control+y')
    expect(await rowCount(page)).toBe(all - 1)
    // Split and merge back, move a target sentence down and back up.
    await page.keyboard.press('s')
    expect(await rowCount(page)).toBe(all)
    await page.keyboard.press('k')
    await page.keyboard.press('j')
    await page.keyboard.press('m')
    expect(await rowCount(page)).toBe(all - 1)
    await page.keyboard.press('}')
    expect(await page.locator('.row[aria-current="true"]').getAttribute('data-type')).toBe('2-1')
    await page.keyboard.press('Control+z')
    expect(await page.locator('.row[aria-current="true"]').getAttribute('data-type')).toBe('2-2')
    await page.keyboard.press('a')
    expect(await page.locator('.row[aria-current="true"]').getAttribute('data-status')).toBe('approved')
    // Reject the first bead of the second release, then jump to the next unreviewed one.
    await page.keyboard.press('n')
    const before = await focusedBead(page)
    await page.keyboard.press('r')
    expect(await page.locator('.row[aria-current="true"]').getAttribute('data-status')).toBe('rejected')
    await page.keyboard.press('n')
    expect(await focusedBead(page)).not.toBe(before)
    await page.screenshot({path: path.join(shots, '4-reviewed.png')})
    // Edits survive a reload (local storage).
    await page.reload()
    await page.waitForSelector('html[data-ready="true"]', {state: 'attached'})
    expect(await rowCount(page)).toBe(all - 1)

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="export"]')])
    const corrections = path.join(dir, 'corrections.json')
    await download.saveAs(corrections)
    const data = JSON.parse(readFileSync(corrections, 'utf8'))
    expect(data).toMatchObject({format: 'tolmach-corrections', version: 1})
    const merged = data.documents[0].beads[2]
    expect(merged).toMatchObject({status: 'approved'})
    expect([merged.source.length, merged.target.length]).toEqual([2, 2])

    const tmx = path.join(dir, 'pair.tmx')
    const run = runCli(['align', ru000, en000, '--corrections', corrections, '-o', tmx, '-g', 'glossary/termbase.csv'])
    expect(run.status, run.stderr).toBe(0)
    const units = readFileSync(tmx, 'utf8').split('<tu ').slice(1)
    const mergedUnit = units.find((unit) => unit.includes('Министр иностранных дел РК Ермек Кошербаев принял участие'))
    expect(mergedUnit).toContain('На мероприятии, прошедшем в Вашингтоне')
    // The rejected bead never reaches the TMX: one unit fewer than the same corrections without it.
    const rejected = data.documents[0].beads.findIndex((b: {status: string}) => b.status === 'rejected')
    expect(rejected).toBeGreaterThan(2)
    const kept = structuredClone(data)
    kept.documents[0].beads[rejected].status = 'approved'
    writeFileSync(path.join(dir, 'kept.json'), JSON.stringify(kept))
    const keptTmx = path.join(dir, 'kept.tmx')
    expect(runCli(['align', ru000, en000, '--corrections', path.join(dir, 'kept.json'), '-o', keptTmx, '-g', 'glossary/termbase.csv']).status).toBe(0)
    expect(readFileSync(keptTmx, 'utf8').split('<tu ').length - 1).toBe(units.length + 1)
    // The corrected alignment becomes the gold: the merged bead names both sentences on each side.
    const gold = path.join(dir, 'gold.json')
    expect(runCli(['align', ru000, en000, '--corrections', corrections, '-o', path.join(dir, 'gold-pair.tmx'), '--write-gold', gold]).status).toBe(0)
    const written = JSON.parse(readFileSync(gold, 'utf8')) as {ru: string; en: string; beads: Array<{ru: string[]; en: string[]}>}
    expect([written.ru, written.en]).toEqual([ru000, en000])
    expect(written.beads).toHaveLength(data.documents[0].beads.length)
    expect(written.beads[2]?.ru).toHaveLength(2)
    expect(written.beads[2]?.ru[0]).toMatch(/^Министр иностранных дел/)
    expect(written.beads[2]?.en).toHaveLength(2)
    // A corrections file for a document that changed is refused at its position.
    const broken = JSON.parse(readFileSync(corrections, 'utf8'))
    broken.documents[0].beads[0].source = ['p-no-such-id']
    writeFileSync(path.join(dir, 'broken.json'), JSON.stringify(broken, null, 2))
    const refused = runCli(['align', ru000, en000, '--corrections', path.join(dir, 'broken.json'), '-o', path.join(dir, 'never.tmx')])
    expect(refused.status).toBe(2)
    expect(refused.stderr).toMatch(/broken\.json:\d+:\d+: .*p-no-such-id/)
  })

  it('has no serious accessibility violations (axe-core)', async () => {
    const {page} = await open(file)
    await page.addScriptTag({content: axeSource})
    const result = await page.evaluate(async () => {
      const axe = (window as unknown as {axe: {run(): Promise<{violations: Array<{id: string; impact: string}>}>}}).axe
      return (await axe.run()).violations.map((v) => ({id: v.id, impact: v.impact}))
    })
    expect(result.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
  })

  it('speaks the interface language', async () => {
    const out = path.join(dir, 'ru.html')
    const run = runCli(['--ui-lang', 'ru', 'review', ru003, en003, '-o', out])
    expect(run.status, run.stderr).toBe(0)
    const {page} = await open(out)
    expect(await page.getAttribute('html', 'lang')).toBe('ru')
    expect(await page.locator('button[data-action="export"]').textContent()).toBe('Выгрузить правки')
  })
})

describe('a file of pairs', () => {
  it('shows a TMX as one 1-1 bead per unit, checked', async () => {
    const tmx = 'corpus/aligned/000-critical-minerals-ministerial.tmx'
    const units = readFileSync(path.join(root, tmx), 'utf8').split('<tu ').length - 1
    const file = writePage('tmx.html', [tmx])
    const {page, errors} = await open(file)
    expect(await rowCount(page)).toBe(units)
    expect(await page.locator('.row').first().getAttribute('data-type')).toBe('1-1')
    expect(errors).toEqual([])
  })
})

describe('hostile text', () => {
  it('shows markup, quotes and bidi characters as text and runs nothing', async () => {
    const ru = path.join(dir, 'evil-ru.md')
    const en = path.join(dir, 'evil-en.md')
    writeFileSync(ru, 'Министр сказал: <script>window.pwned = 1</script> «привет».\n\nВторое "onerror=alert(1) предложение ‮справа налево‬ с\u200bнулевой шириной.\n')
    writeFileSync(en, 'The minister said: <img src=x onerror="window.pwned = 2"> "hello".\n\nThe second "onerror=alert(1) sentence ‮right to left‬ with\u200bzero width.\n')
    const file = writePage('evil.html', [ru, en])
    const {page, errors} = await open(file)
    expect(await page.evaluate(() => (window as unknown as {pwned?: number}).pwned)).toBeUndefined()
    expect(await page.locator('#rows img, #rows script').count()).toBe(0)
    const text = await page.locator('#rows').textContent()
    expect(text).toContain('"onerror=alert(1)')
    expect(text).toContain('\u200b')
    await page.screenshot({path: path.join(shots, '5-hostile.png')})
    expect(errors).toEqual([])
  })
})

describe('a 10,000-bead corpus', () => {
  it('opens with only the visible rows in the page and scrolls to the end', async () => {
    const n = 10_000
    const ru = Array.from({length: n}, (_, i) => `Предложение номер ${i + 1} о сотрудничестве в области ${i % 7 === 0 ? 'энергетики' : 'торговли'}.`)
    const en = Array.from({length: n}, (_, i) => `Sentence number ${i + 1} on cooperation in ${i % 7 === 0 ? 'energy' : 'trade'}.`)
    const ruFile = path.join(dir, 'big-ru.md')
    const enFile = path.join(dir, 'big-en.md')
    writeFileSync(ruFile, ru.join('\n\n'))
    writeFileSync(enFile, en.join('\n\n'))
    const file = writePage('big.html', [ruFile, enFile])
    const started = performance.now()
    const {page} = await open(file)
    // Reported for the benchmark record, never asserted.
    console.log(`review page with ${n} beads opened in ${Math.round(performance.now() - started)} ms`)
    expect(await rowCount(page)).toBe(n)
    expect(await page.locator('.row').count()).toBeLessThan(100)
    await page.locator('.viewport').evaluate((el) => {
      el.scrollTop = el.scrollHeight
    })
    await page.waitForSelector(`.row[data-bead="0:${n - 1}"]`)
    expect(await page.locator(`.row[data-bead="0:${n - 1}"]`).textContent()).toContain(`Sentence number ${n}`)
    await page.screenshot({path: path.join(shots, '6-10000-beads-end.png')})
  }, 180_000)
})
