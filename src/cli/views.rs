//! The analysis views on the command line: `trends` (mentions over time), `kwic` (keyword in context) and
//! `comentions` (who appears with whom), printed as JSON or CSV like the other commands.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::OutputFormat;
use super::corpus_input::{actor_index, load};
use super::output::print;
use crate::core::actors::Dictionary;
use crate::core::comentions::{Window, comention_records, comentions};
use crate::core::concordance::{KwicRecord, KwicSort, Target, concordance};
use crate::core::stats::most_mentioned;
use crate::core::trends::{DateBasis, Step, TrendMeasure, trend_records, trends};

/// Arguments of `geodash trends`.
#[derive(Debug, Args)]
pub struct TrendsArgs {
    /// Files and folders to read (none: the embedded seeds).
    paths: Vec<PathBuf>,
    /// The length of a period (default: the one that suits the documents' dates).
    #[arg(long, value_enum)]
    by: Option<StepArg>,
    /// An actor to follow (id or name); repeat for more (default: the five most mentioned).
    #[arg(long)]
    actor: Vec<String>,
    /// What the `value` column measures.
    #[arg(long, value_enum, default_value_t = MeasureArg::Mentions)]
    measure: MeasureArg,
    /// Place each mention by its document's publication date, or by the date named in its sentence.
    #[arg(long, value_enum, default_value_t = DatesArg::Published)]
    dates: DatesArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    format: OutputFormat,
}

/// Arguments of `geodash kwic`.
#[derive(Debug, Args)]
#[command(group = clap::ArgGroup::new("target").required(true).args(["query", "actor"]))]
pub struct KwicArgs {
    /// Files and folders to read (none: the embedded seeds).
    paths: Vec<PathBuf>,
    /// A word, "phrase" or prefix*, as in the search box.
    #[arg(long, short)]
    query: Option<String>,
    /// An actor (id or name): every counted mention, whichever name it uses.
    #[arg(long)]
    actor: Option<String>,
    /// Words either side of the match.
    #[arg(long, default_value_t = 5)]
    width: usize,
    /// The order of the lines.
    #[arg(long, value_enum, default_value_t = SortArg::Document)]
    sort: SortArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    format: OutputFormat,
}

/// Arguments of `geodash comentions`.
#[derive(Debug, Args)]
pub struct ComentionsArgs {
    /// Files and folders to read (none: the embedded seeds).
    paths: Vec<PathBuf>,
    /// Where two actors count as together; the Jaccard index and the order are for this window.
    #[arg(long, value_enum, default_value_t = WindowArg::Sentence)]
    window: WindowArg,
    /// The most mentioned actors to pair (at most 64).
    #[arg(long, default_value_t = 12)]
    top: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Json)]
    format: OutputFormat,
}

/// The length of a period.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum StepArg {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// What a trend's value measures.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum MeasureArg {
    /// Counted mentions.
    Mentions,
    /// Per cent of the period's documents that name the actor.
    Documents,
    /// Counted mentions per 1,000 words.
    PerThousand,
}

/// Which date places a mention in time.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum DatesArg {
    /// The document's publication date.
    Published,
    /// The date named in the mention's sentence.
    Mentioned,
}

/// The order of concordance lines.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum SortArg {
    Left,
    Right,
    Document,
}

/// Where two actors count as together.
#[derive(Clone, Copy, Debug, ValueEnum)]
enum WindowArg {
    Sentence,
    Document,
}

/// Prints the trends of the actors asked for.
pub fn run_trends(arguments: &TrendsArgs, dictionary: &Dictionary, out: &mut dyn Write) -> anyhow::Result<()> {
    let corpus = load(&arguments.paths, dictionary)?;
    let docs = corpus.all_docs();
    let mut actors = Vec::new();
    for name in &arguments.actor {
        actors.extend(actor_index(&corpus, Some(name))?);
    }
    if actors.is_empty() {
        actors = most_mentioned(&corpus, &docs, 5).0;
    }
    let step = arguments.by.map(|by| match by {
        StepArg::Day => Step::Day,
        StepArg::Week => Step::Week,
        StepArg::Month => Step::Month,
        StepArg::Quarter => Step::Quarter,
        StepArg::Year => Step::Year,
    });
    let measure = match arguments.measure {
        MeasureArg::Mentions => TrendMeasure::Mentions,
        MeasureArg::Documents => TrendMeasure::Documents,
        MeasureArg::PerThousand => TrendMeasure::PerThousand,
    };
    let basis = match arguments.dates {
        DatesArg::Published => DateBasis::Published,
        DatesArg::Mentioned => DateBasis::Mentioned,
    };
    let found = trends(&corpus, &docs, &actors, step, basis);
    if found.undated + found.too_vague > 0 {
        let what = match basis {
            DateBasis::Published => "documents",
            DateBasis::Mentioned => "mentions",
        };
        let (undated, vague, step) = (found.undated, found.too_vague, found.step.label());
        eprintln!(
            "geodash: {undated} undated {what} and {vague} dated more vaguely than a {step} are not in any period"
        );
    }
    print(out, arguments.format, &trend_records(&corpus, &found, measure))
}

/// Prints the concordance of a query or an actor.
pub fn run_kwic(arguments: &KwicArgs, dictionary: &Dictionary, out: &mut dyn Write) -> anyhow::Result<()> {
    let corpus = load(&arguments.paths, dictionary)?;
    let actor = actor_index(&corpus, arguments.actor.as_deref())?;
    let (target, docs) = match (&arguments.query, actor) {
        (_, Some(actor)) => (Target::Actor(actor), corpus.all_docs()),
        (Some(query), None) => {
            (Target::Query(query), corpus.search.matching_docs(query, &crate::core::search::Filters::default())?)
        }
        (None, None) => anyhow::bail!("give --query or --actor"),
    };
    let sort = match arguments.sort {
        SortArg::Left => KwicSort::Left,
        SortArg::Right => KwicSort::Right,
        SortArg::Document => KwicSort::Document,
    };
    let found = concordance(&corpus, &docs, target, arguments.width, (sort, usize::MAX))?;
    let records: Vec<KwicRecord> = found.lines.iter().map(|line| KwicRecord::new(&corpus, line)).collect();
    print(out, arguments.format, &records)
}

/// Prints who appears with whom among the most mentioned actors.
pub fn run_comentions(arguments: &ComentionsArgs, dictionary: &Dictionary, out: &mut dyn Write) -> anyhow::Result<()> {
    let corpus = load(&arguments.paths, dictionary)?;
    let window = match arguments.window {
        WindowArg::Sentence => Window::Sentence,
        WindowArg::Document => Window::Document,
    };
    let found = comentions(&corpus, &corpus.all_docs(), arguments.top, window);
    print(out, arguments.format, &comention_records(&corpus, &found))
}
