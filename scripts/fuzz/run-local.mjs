// A tiny runner for the targets in ./targets until the shared fuzz runner
// (scripts/fuzz, issue 9) takes them: `node scripts/fuzz/run-local.mjs [seed] [budget-ms] [target…]`.
// Each target is `{name, run(seed, budgetMs)}` returning `{tried}`; a broken law throws.
import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'

const [seedArg, budgetArg, ...only] = process.argv.slice(2)
const seed = Number(seedArg ?? Date.now() % 2 ** 31)
const budget = Number(budgetArg ?? 20_000)
const dir = fileURLToPath(new URL('./targets/', import.meta.url))
let failed = 0
for (const name of readdirSync(dir).filter((n) => n.endsWith('.mjs') && n !== 'markdown-gen.mjs').sort()) {
  const target = (await import(new URL(`./targets/${name}`, import.meta.url).href)).default
  if (only.length > 0 && !only.includes(target.name)) continue
  const t0 = performance.now()
  try {
    const {tried} = await target.run(seed, budget)
    console.log(`${target.name}: ${tried} inputs in ${((performance.now() - t0) / 1000).toFixed(1)} s, seed ${seed}: ok`)
  } catch (error) {
    failed++
    console.log(`${target.name}: FAILED with seed ${seed}\n${error instanceof Error ? error.message : String(error)}`)
  }
}
process.exitCode = failed > 0 ? 1 : 0
