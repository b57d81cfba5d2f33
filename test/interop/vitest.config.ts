import {fileURLToPath} from 'node:url'
import {defineConfig} from 'vitest/config'

// Interop tests call external tools (xmllint, translate-toolkit) on what we write.
export default defineConfig({
  test: {setupFiles: [fileURLToPath(new URL('../../scripts/fast-check-seed.mjs', import.meta.url))], include: ['test/interop/**/*.test.ts'], testTimeout: 120_000}
})
