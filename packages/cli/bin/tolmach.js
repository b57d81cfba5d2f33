#!/usr/bin/env node
// The command npm links at install time. It exists before the build does, so
// `npx tolmach` finds this project's CLI instead of asking the public registry
// for a package of that name; it then runs the built entry.
import {existsSync} from 'node:fs'

const entry = new URL('../dist/bin.js', import.meta.url)
if (existsSync(entry)) {
  await import(entry.href)
} else {
  process.stderr.write('tolmach: the command is not built yet: run `npm run build` in the repository first\n')
  process.exitCode = 2
}
