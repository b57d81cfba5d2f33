import type Database from 'better-sqlite3'
import {MemoryError} from './backend.js'
import {blockSize, encodeBlock, lengthClass, maxStoredLength} from './posting-blocks.js'

/** Schema migrations in order; migration n brings a memory from version n − 1 to n. */
const migrations: Array<string | ((db: Database.Database) => void)> = [
  `CREATE TABLE tm_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE tm_entry (
     id INTEGER PRIMARY KEY,
     source_key TEXT NOT NULL UNIQUE,
     source_lang TEXT NOT NULL,
     target_lang TEXT NOT NULL,
     source TEXT NOT NULL,
     target TEXT NOT NULL,
     length INTEGER NOT NULL,
     keys TEXT NOT NULL,
     created TEXT NOT NULL,
     changed TEXT NOT NULL,
     user TEXT,
     project TEXT,
     meta TEXT NOT NULL
   );
   CREATE TABLE tm_term (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, df INTEGER NOT NULL DEFAULT 0);
   CREATE TABLE tm_posting (term INTEGER NOT NULL, length INTEGER NOT NULL, entry INTEGER NOT NULL, PRIMARY KEY (term, length, entry)) WITHOUT ROWID;`,
  // 2: postings in blocks of entry ids and lengths (posting-blocks.ts), one row per block instead of per posting.
  (db) => {
    db.exec(
      'CREATE TABLE tm_block (term INTEGER NOT NULL, length_class INTEGER NOT NULL, last INTEGER NOT NULL, ids BLOB NOT NULL, PRIMARY KEY (term, length_class, last)) WITHOUT ROWID'
    )
    const insert = db.prepare('INSERT INTO tm_block (term, length_class, last, ids) VALUES (?, ?, ?, ?)')
    let run: {term: number; bucket: number; rows: Array<[entry: number, length: number]>} | undefined
    const write = () => {
      if (!run) return
      run.rows.sort((a, b) => a[0] - b[0])
      for (let k = 0; k < run.rows.length; k += blockSize) {
        const part = run.rows.slice(k, k + blockSize)
        const ids = Int32Array.from(part, (r) => r[0])
        insert.run(run.term, run.bucket, ids[ids.length - 1], encodeBlock(ids, Uint8Array.from(part, (r) => Math.min(r[1], maxStoredLength))))
      }
    }
    // A term at a time: better-sqlite3 cannot write while a read statement is still iterating.
    const postingsOf = db.prepare('SELECT length, entry FROM tm_posting WHERE term = ? ORDER BY length, entry')
    for (const term of db.prepare('SELECT DISTINCT term FROM tm_posting ORDER BY term').pluck().all() as number[]) {
      for (const row of postingsOf.all(term) as Array<{length: number; entry: number}>) {
        if (!run || run.term !== term || run.bucket !== lengthClass(row.length)) {
          write()
          run = {term, bucket: lengthClass(row.length), rows: []}
        }
        run.rows.push([row.entry, row.length])
      }
    }
    write()
    db.exec('DROP TABLE tm_posting')
  }
]

export const sqliteSchemaVersion = migrations.length

/** Brings the file to the current schema in one transaction, or refuses a newer one. */
export function migrateSqlite(db: Database.Database, file: string): void {
  const version = db.pragma('user_version', {simple: true}) as number
  if (version > sqliteSchemaVersion) {
    throw new MemoryError(
      `${file}: translation memory schema version ${version} is newer than this tolmach supports (${sqliteSchemaVersion}); upgrade tolmach to open it`,
      'newer-schema'
    )
  }
  if (version === sqliteSchemaVersion) return
  if (version === 0) {
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {n: number}
    if (tables.n > 0) throw new MemoryError(`${file}: not a tolmach translation memory (an SQLite file with other tables)`, 'not-a-memory')
  }
  db.transaction(() => {
    for (let v = version; v < sqliteSchemaVersion; v++) {
      const step = migrations[v]!
      if (typeof step === 'string') db.exec(step)
      else step(db)
    }
    db.pragma(`user_version = ${sqliteSchemaVersion}`)
  }).immediate()
}
