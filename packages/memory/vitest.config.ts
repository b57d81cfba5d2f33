import {defineConfig} from 'vitest/config'

// The private `tolmach-source` condition lets tests run against sibling
// packages' `src/*.ts` without building them first.
export default defineConfig({
  resolve: {conditions: ['tolmach-source']},
  ssr: {resolve: {conditions: ['tolmach-source']}},
  test: {include: ['src/**/*.test.ts'], testTimeout: 30_000}
})
