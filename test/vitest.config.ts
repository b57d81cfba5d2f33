import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// End-to-end tests run the built CLI and packages as users do.
export default defineConfig({
  test: {setupFiles: [fileURLToPath(new URL('../scripts/fast-check-seed.mjs', import.meta.url))], include: ['test/**/*.test.ts'], exclude: ['test/interop/**'], testTimeout: 60_000}
})
