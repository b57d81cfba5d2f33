#!/usr/bin/env node
// `tolmach --version` answers before anything else is loaded; every other
// invocation loads the program, which loads each command only when it runs.
const argv = process.argv.slice(2)
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const {readVersion} = await import('./io/version.js')
  process.stdout.write(`${readVersion()}\n`)
} else {
  // Ctrl-C, kill, a closed terminal: exit through 'exit' handlers so half-written
  // temp files are removed; the status is the shell's 128 + signal number.
  for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => process.exit(status))
  }
  // \`tolmach segment big.md | head\`: the reader left; stop quietly instead of crashing on EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0)
    throw error
  })
  const [{main}, {processIo}] = await Promise.all([import('./main.js'), import('./io/io.js')])
  process.exitCode = await main(argv, processIo())
}
