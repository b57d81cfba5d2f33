import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// The private `tolmach-source` condition lets tests run against sibling
// packages' `src/*.ts` without building them first.
export default defineConfig({
  resolve: {conditions: ['tolmach-source']},
  ssr: {resolve: {conditions: ['tolmach-source']}},
  test: {setupFiles: [fileURLToPath(new URL('../../scripts/fast-check-seed.mjs', import.meta.url))], include: ['src/**/*.test.ts'], testTimeout: 30_000}
})
