import GRDB

extension CaseStore {
    /// The record tables (schema version 2): what `lineage fingerprint` and `lineage seed` register, and no raw
    /// personal data at all (`docs/records.md`).
    ///
    /// - `record_secret` holds the case's one HMAC key. It is created with the first record file and never leaves
    ///   the store: no command prints or exports it. Without it a fingerprint cannot be tested against a guess.
    /// - `record_file` describes one registered file: the dataset it belongs to, whether its rows are the
    ///   dataset's records or decoys planted in it (`seeds`), the file's SHA-256, its row counts, and the SHA-256
    ///   of its fingerprints, which `verify` recomputes.
    /// - `fingerprint_chunk` holds a file's fingerprints for one match key, sorted and without repeats, in chunks
    ///   of up to 65,536 little-endian 64-bit values. `first` is the chunk's smallest value with its top bit
    ///   flipped, so that SQLite's signed order is the values' unsigned order and a lookup reads one chunk.
    static let recordSchema = """
        CREATE TABLE record_secret (
            id INTEGER PRIMARY KEY CHECK (id = 1), key BLOB NOT NULL, created_at TEXT NOT NULL
        );
        CREATE TABLE record_file (
            id INTEGER PRIMARY KEY,
            dataset TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('records', 'seeds')),
            origin TEXT NOT NULL, digest TEXT NOT NULL,
            rows INTEGER NOT NULL, rows_without_key INTEGER NOT NULL,
            recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL,
            fingerprints_digest TEXT NOT NULL
        );
        CREATE TABLE fingerprint_chunk (
            file INTEGER NOT NULL REFERENCES record_file(id), key TEXT NOT NULL, position INTEGER NOT NULL,
            first INTEGER NOT NULL, count INTEGER NOT NULL, data BLOB NOT NULL
        );
        CREATE UNIQUE INDEX fingerprint_chunk_order ON fingerprint_chunk(file, key, position);
        CREATE INDEX fingerprint_chunk_first ON fingerprint_chunk(file, key, first);
        """

    static let recordTables = ["record_secret", "record_file", "fingerprint_chunk"]
}
