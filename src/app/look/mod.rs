//! How things look, shared by the panels and windows: colours and text sizes, text with marked spans, numbers
//! as the window writes them.

pub mod choice;
pub mod counts;
pub mod elide;
pub mod marked_text;
pub mod palette;
