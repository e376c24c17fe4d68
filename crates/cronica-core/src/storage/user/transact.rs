//! One transaction per use case, in the manner of Anki's `transact`: a use case that writes gets a
//! [`Writer`] and everything it does commits together or not at all. Inner functions take a
//! `&Writer` (or a `&Reader`, which every writer also is), so they compose without opening
//! transactions of their own.

use std::ops::Deref;

use rusqlite::{Connection, Transaction, TransactionBehavior};

use super::UserDb;
use crate::error::Result;

/// Read access to the user database. Subjects add their queries with `impl Reader<'_>`.
pub struct Reader<'a> {
    pub(crate) conn: &'a Connection,
}

/// Write access inside one transaction. Subjects add their writes with `impl Writer<'_>`.
pub struct Writer<'a> {
    reader: Reader<'a>,
}

impl<'a> Deref for Writer<'a> {
    type Target = Reader<'a>;
    fn deref(&self) -> &Reader<'a> {
        &self.reader
    }
}

impl UserDb {
    pub fn read(&self) -> Reader<'_> {
        Reader { conn: &self.conn }
    }

    /// Runs `work` in one immediate transaction and commits only if it succeeds. Each transaction
    /// also counts itself in the `profile` row, so every -wal frame run this database writes
    /// carries its identity (see `user::wal`).
    pub fn transact<T>(&mut self, work: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let tx = Transaction::new(&mut self.conn, TransactionBehavior::Immediate)?;
        let out = work(&Writer { reader: Reader { conn: &tx } })?;
        tx.execute("UPDATE profile SET commits = commits + 1 WHERE one = 1", [])?;
        tx.commit()?;
        Ok(out)
    }
}
