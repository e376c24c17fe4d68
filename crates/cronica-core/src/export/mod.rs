//! Exports of the content for other tools.

pub mod gift;
pub mod timeline;
