import type Database from 'better-sqlite3'
import {MemoryError} from './backend.js'

/** Schema migrations in order; migration n brings a memory from version n − 1 to n. */
const migrations: string[] = [
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
   CREATE TABLE tm_posting (term INTEGER NOT NULL, length INTEGER NOT NULL, entry INTEGER NOT NULL, PRIMARY KEY (term, length, entry)) WITHOUT ROWID;`
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
    for (let v = version; v < sqliteSchemaVersion; v++) db.exec(migrations[v]!)
    db.pragma(`user_version = ${sqliteSchemaVersion}`)
  }).immediate()
}
