import {defineConfig} from 'vitest/config'

// Interop tests call external tools (xmllint, translate-toolkit) on what we write.
export default defineConfig({
  test: {include: ['test/interop/**/*.test.ts'], testTimeout: 120_000}
})
