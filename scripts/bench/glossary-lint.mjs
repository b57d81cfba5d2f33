// npm run bench:glossary — `glossary lint` cost as the glossary grows: the same
// generated CSV shape at 10,000 and 100,000 rows, linted in this process the way
// the CLI does it (read → lint), and the ratio of the two times. Linear work gives
// about 10×; the quadratic lint of issue 9 (a file scan per finding) gave far more.
// Rows: a ru/en term pair each, every 10th without English (a finding each),
// every 50th a duplicate Russian term of the row before (another finding).
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {lintGlossary} from '../../packages/cli/dist/commands/glossary/glossary-lint.js'
import {readGlossaryFile} from '../../packages/glossary/dist/index.js'

const nouns = [['министр', 'minister'], ['договор', 'treaty'], ['посол', 'ambassador'], ['минерал', 'mineral']]

function csv(rows) {
  const lines = ['id,ru,en,status']
  for (let i = 0; i < rows; i++) {
    const [ru, en] = nouns[i % nouns.length]
    const n = i % 50 === 7 ? i - 1 : i
    lines.push(`c${i},термин ${n} ${ru},${i % 10 === 3 ? '' : `term ${i} ${en}`},preferred`)
  }
  return `${lines.join('\n')}\n`
}

const t = (key, values) => `${key} ${JSON.stringify(values ?? {})}`
const dir = mkdtempSync(path.join(tmpdir(), 'tolmach-bench-glossary-'))

function run(rows) {
  const file = path.join(dir, `g${rows}.csv`)
  writeFileSync(file, csv(rows))
  const t0 = performance.now()
  const glossary = readGlossaryFile(file, {cwd: dir})
  const findings = lintGlossary(glossary, {sourceLang: 'ru', targetLang: 'en', t})
  const ms = performance.now() - t0
  const heapMb = process.memoryUsage().heapUsed / 1e6
  console.log(`${rows.toLocaleString('en')} rows: ${ms.toFixed(0)} ms, ${findings.length.toLocaleString('en')} findings, heap ${heapMb.toFixed(0)} MB`)
  return ms
}

try {
  run(1000) // warm-up: module loading and JIT out of the first measurement
  const small = run(10_000)
  const large = run(100_000)
  console.log(`ratio 100k / 10k: ${(large / small).toFixed(1)}× (linear ≈ 10×)`)
} finally {
  rmSync(dir, {recursive: true, force: true})
}
