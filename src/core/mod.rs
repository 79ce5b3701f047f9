//! The core of geodash: documents, readers, actors, dates, search and the analysed corpus.
//!
//! Nothing in here knows about the window; the app and the command line both draw on it.

pub mod actor_edits;
pub mod actors;
pub mod analysis_choices;
pub mod cache;
pub mod candidates;
pub mod comentions;
pub mod concordance;
pub mod corpus;
pub mod dates;
pub mod document;
pub mod document_text;
pub mod duplicates;
pub mod export;
pub mod facets;
pub mod figures;
pub mod language;
pub mod lines;
pub mod load_report;
pub mod mention_notes;
pub mod panel_data;
pub mod readers;
pub mod search;
pub mod seeds;
pub mod selection;
pub mod sources;
pub mod stats;
pub mod timeline;
pub mod trends;
pub mod user_actors;
pub mod view;
pub mod view_figures;
pub mod workspace;
