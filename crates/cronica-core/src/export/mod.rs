//! Exports of the content for other tools.

pub mod timeline;
