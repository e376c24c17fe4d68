//! Where data lives: the read-only content database and the learner's own user database. Queries
//! for each subject live beside that subject's code, as `impl` blocks on these handles.

pub mod content;
pub mod user;

pub use content::ContentDb;
pub use user::{OpenedUserDb, Reader, UserDb, Writer};
