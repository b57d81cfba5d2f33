import {defineConfig} from 'vitest/config'

// End-to-end tests run the built CLI and packages as users do.
export default defineConfig({
  test: {include: ['test/**/*.test.ts'], exclude: ['test/interop/**'], testTimeout: 60_000}
})
