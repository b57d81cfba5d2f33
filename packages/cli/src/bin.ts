#!/usr/bin/env node
// `tolmach --version` answers before anything else is loaded; every other
// invocation loads the program, which loads each command only when it runs.
const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const {readVersion} = await import('./version.js')
  process.stdout.write(`${readVersion()}\n`)
} else {
  // Ctrl-C: exit through 'exit' handlers so half-written temp files are removed.
  process.once('SIGINT', () => process.exit(130))
  // \`tolmach segment big.md | head\`: the reader left; stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  const [{main}, {processIo}] = await Promise.all([import('./main.js'), import('./io.js')])
  process.exitCode = await main(argv, processIo())
}
