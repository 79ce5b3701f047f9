//! geodash: a desktop dashboard for news corpora — who is mentioned, when, and in what words.
//!
//! `core` holds everything that does not draw (documents, readers, actors, dates, search); `app` is the
//! window; `cli` is the command line of the same binary.

pub mod app;
pub mod cli;
pub mod core;
