//! Exports of the content for other tools, and the files the app saves for the user.

pub mod gift;
pub mod saved;
pub mod timeline;
