//! Work the window does not wait for: each runs as a [`job::Job`] on a thread of its own and wakes the window
//! when it is done.

pub mod candidates;
pub mod dialogs;
pub mod figures;
pub mod job;
pub mod loader;
pub mod saver;
