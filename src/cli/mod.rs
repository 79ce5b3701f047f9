//! The command line: `geodash [PATH...]` opens the window; `actors`, `search` and `timeline` print the figures
//! behind each panel as JSON or CSV, so the dashboard can be scripted and tested; `text` prints what the readers
//! kept of each document; `bench` times the pipeline.

pub mod bench;
mod bench_views;
mod commands;
mod corpus_input;
mod output;
mod screenshot;
mod timing;
mod views;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::core::dates::DateSpan;

/// geodash: who is mentioned, when, and in what words, across a corpus of news articles.
#[derive(Debug, Parser)]
#[command(name = "geodash", version, about, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Files and folders to open in the window (none: the embedded seed articles).
    pub paths: Vec<PathBuf>,
    /// Count with these actors over the shipped dictionary (a file of your own actors, in the dictionary's
    /// format); default: your own actors, kept in the config folder.
    #[arg(long, global = true, value_name = "FILE")]
    pub actors: Option<PathBuf>,
    /// What to do instead of opening the window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands that print instead of opening the window.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Per actor: name, id, kind, documents and mentions, most mentioned first.
    Actors {
        /// Files and folders to read (none: the embedded seeds).
        paths: Vec<PathBuf>,
        /// Count each person's mentions for the state they served on the article's date as well.
        #[arg(long)]
        people_with_state: bool,
        /// Read undated articles as of this date (2005-03-01, 2005-03 or 2005: its middle day); default today.
        #[arg(long, value_parser = corpus_input::date_argument)]
        as_of: Option<DateSpan>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
    },
    /// Names the corpus is about that the dictionary does not know, best first: name, kind (a guess),
    /// documents, mentions, variants, examples, score.
    Candidates {
        /// Files and folders to read (none: the embedded seeds).
        paths: Vec<PathBuf>,
        /// At most this many candidates.
        #[arg(long, default_value_t = 60)]
        limit: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
    },
    /// Every actor mention: document, date read as of, actor (and its name then), offsets, words, whether and why
    /// it counts.
    Mentions {
        /// Files and folders to read (none: the embedded seeds).
        paths: Vec<PathBuf>,
        /// Only the mentions left uncounted (ambiguous names without support, names beside their other sense).
        #[arg(long)]
        flagged: bool,
        /// Read undated articles as of this date (2005-03-01, 2005-03 or 2005: its middle day); default today.
        #[arg(long, value_parser = corpus_input::date_argument)]
        as_of: Option<DateSpan>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
    },
    /// The ranked hits of a query: rank, id, title, date, score, snippet.
    Search {
        /// Files and folders to read (none: the embedded seeds).
        paths: Vec<PathBuf>,
        /// The query: words, "exact phrases", AND, OR, NOT, prefix*.
        #[arg(long, short)]
        query: String,
        /// Only documents that mention this actor (id or name).
        #[arg(long)]
        actor: Option<String>,
        /// Only documents from this outlet (as `geodash outlets` names it).
        #[arg(long)]
        outlet: Option<String>,
        /// Only documents in this language (ISO 639-3 code such as eng or fra, or a name such as French).
        #[arg(long)]
        language: Option<String>,
        /// Only documents published on or after this date (2005-03-01, 2005-03 or 2005: its first day).
        #[arg(long, value_parser = corpus_input::date_argument)]
        from: Option<DateSpan>,
        /// Only documents published on or before this date (2005-03-01, 2005-03 or 2005: its last day).
        #[arg(long, value_parser = corpus_input::date_argument)]
        to: Option<DateSpan>,
        /// At most this many hits.
        #[arg(long, default_value_t = 50)]
        limit: usize,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
    },
    /// Documents by outlet: outlet, documents, dated, first and last publication day, most documents first.
    Outlets {
        /// Files and folders to read (none: the embedded seeds).
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
    },
    /// Every dated item: date, precision, kind (published or mentioned), document, sentence.
    Timeline {
        /// Files and folders to read (none: the embedded seeds).
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
        format: OutputFormat,
    },
    /// Mentions over time: per period and actor, mentions, documents naming it, the period's documents, per
    /// 1,000 words and the measure asked for.
    Trends(views::TrendsArgs),
    /// Keyword in context: every occurrence of a query or an actor with the words around it: document, date,
    /// left, match, right, offset.
    Kwic(views::KwicArgs),
    /// Who appears with whom among the most mentioned actors: actor_a, actor_b, documents, sentences, jaccard.
    Comentions(views::ComentionsArgs),
    /// What the readers kept of each document: id, source, format, title, publication date and text.
    Text {
        /// Files and folders to read (none: the embedded seeds).
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = TextFormat::Txt)]
        format: TextFormat,
    },
    /// Renders the dashboard, or one panel, with its caption to a PNG file, with no display needed.
    Screenshot(screenshot::ScreenshotArgs),
    /// Times the whole pipeline on a corpus: read, analyse, index, peak memory, and search latency (p50, p95)
    /// over a fixed set of queries.
    Bench {
        /// Files and folders to read (none: the embedded seeds).
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = BenchFormat::Text)]
        format: BenchFormat,
    },
}

/// How `bench` prints its figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum BenchFormat {
    /// A short table for a terminal.
    Text,
    /// One JSON object.
    Json,
}

/// How `text` prints the documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum TextFormat {
    /// A header and the text of each document.
    Txt,
    /// One JSON object a line.
    Jsonl,
}

/// How a command prints its records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// A JSON array of objects.
    Json,
    /// CSV with a header row.
    Csv,
}

/// Parses the arguments and runs the window or a command.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => corpus_input::user_actors(cli.actors.as_deref()).and_then(|actors| crate::app::run(cli.paths, actors)),
        Some(command) => {
            corpus_input::dictionary(cli.actors.as_deref()).and_then(|actors| commands::run(command, &actors))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("geodash: {error:#}");
            ExitCode::FAILURE
        }
    }
}
