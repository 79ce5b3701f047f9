//! Windows over the dashboard, one file each, each with its own state: the actors (the editor), the candidate
//! actors, the corpus's sources, the files left out, the export of images and data.

pub mod actors;
pub mod candidates;
pub mod corpus;
pub mod export;
pub mod report;
