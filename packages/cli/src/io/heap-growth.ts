import {statSync} from 'node:fs'
import path from 'node:path'
import {setFlagsFromString} from 'node:v8'

// Inputs past this many bytes in all are streamed for long enough that V8's heap growth shows.
const bigInputBytes = 32 * 1024 * 1024

/**
 * For a check of big inputs, lets V8's heap grow by half its live size
 * between full collections instead of up to several times it. A streamed
 * check keeps little alive (a 1M-unit TMX: 50–120 MB live), but V8 sizes
 * the heap from the allocation rate and let it reach 500 MB and more before
 * collecting. This is no cap: a heap that needs more still gets it; the
 * collector only runs sooner, which costs little CPU.
 */
export function growHeapSlowly(files: readonly string[], cwd: string): boolean {
  let bytes = 0
  for (const file of files) {
    if (file === '-') continue
    try {
      bytes += statSync(path.resolve(cwd, file)).size
    } catch {
      // A missing file is the reader's to report.
    }
  }
  if (bytes < bigInputBytes) return false
  setFlagsFromString('--heap-growing-percent=50')
  return true
}
