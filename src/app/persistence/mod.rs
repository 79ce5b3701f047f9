//! What the window keeps between sessions. Workspace files themselves are plain data in
//! [`crate::core::workspace`]; the corpus is saved by the background save of [`crate::app::jobs::saver`].

pub mod session;
