//! The printing commands.

use std::io::Write;

use super::corpus_input::{actor_index, check_exist, date_range, load, load_as_of, load_workspace, read};
use super::output::print;
use super::{BenchFormat, Command, TextFormat, bench};
use crate::core::actors::Dictionary;
use crate::core::candidates::candidates;
use crate::core::corpus::{Corpus, corpus_name};
use crate::core::document_text::{TextRecord, write_jsonl, write_plain};
use crate::core::export::{ActorRecord, CandidateRecord, HitRecord, MentionRecord, TimelineRecord};
use crate::core::facets::outlet_records;
use crate::core::language;
use crate::core::search::Filters;
use crate::core::seeds::{SEED_CORPUS_NAME, seed_documents};
use crate::core::stats::{People, actor_table};
use crate::core::timeline::timeline_items;
use crate::core::view::ViewState;

/// Runs one command, printing to standard output (files that did not load go to standard error).
pub fn run(command: Command, dictionary: &Dictionary) -> anyhow::Result<()> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    match command {
        Command::Actors { paths, people_with_state, as_of, format } => {
            let corpus = load_as_of(&paths, as_of, dictionary)?;
            let people = if people_with_state { People::WithTheirState } else { People::Apart };
            let rows = actor_table(&corpus, &corpus.all_docs(), people);
            let records: Vec<ActorRecord> = rows.iter().filter(|row| row.mentions > 0).map(ActorRecord::from).collect();
            print(&mut out, format, &records)
        }
        Command::Candidates { paths, limit, format } => {
            let corpus = load(&paths, dictionary)?;
            let texts: Vec<&str> = corpus.documents.iter().map(|document| document.text.as_str()).collect();
            let found = candidates(&texts, &corpus.dictionary, limit);
            let records: Vec<CandidateRecord> = found.iter().map(CandidateRecord::from).collect();
            print(&mut out, format, &records)
        }
        Command::Mentions { paths, flagged, as_of, format } => {
            let corpus = load_as_of(&paths, as_of, dictionary)?;
            let records = mention_records(&corpus, flagged);
            print(&mut out, format, &records)
        }
        Command::Search { paths, query, actor, outlet, language, from, to, limit, format } => {
            let (from, to) = date_range(from, to)?;
            let corpus = load(&paths, dictionary)?;
            let actor_filter = actor_index(&corpus, actor.as_deref())?;
            let language_filter = language.as_deref().map(language_code).transpose()?;
            let view = ViewState { actor_filter, outlet_filter: outlet, language_filter, ..ViewState::default() };
            let filters = Filters { from, to, ..view.filters(&corpus) };
            let hits = corpus.search.search(&query, &filters, limit, &corpus.documents)?;
            let records: Vec<HitRecord> =
                hits.iter().enumerate().map(|(rank, hit)| HitRecord::new(&corpus, rank + 1, hit)).collect();
            print(&mut out, format, &records)
        }
        Command::Outlets { paths, format } => {
            let corpus = load(&paths, dictionary)?;
            print(&mut out, format, &outlet_records(&corpus.documents))
        }
        Command::Trends(arguments) => super::views::run_trends(&arguments, dictionary, &mut out),
        Command::Kwic(arguments) => super::views::run_kwic(&arguments, dictionary, &mut out),
        Command::Comentions(arguments) => super::views::run_comentions(&arguments, dictionary, &mut out),
        Command::Timeline { paths, format } => {
            let corpus = load(&paths, dictionary)?;
            let items = timeline_items(&corpus, &corpus.all_docs());
            let records: Vec<TimelineRecord> = items.iter().map(|item| TimelineRecord::new(&corpus, item)).collect();
            print(&mut out, format, &records)
        }
        Command::Text { paths, format } => {
            check_exist(&paths)?;
            let documents = if paths.is_empty() { seed_documents() } else { read(&paths).documents };
            let records: Vec<TextRecord> = documents.iter().map(TextRecord::from).collect();
            Ok(match format {
                TextFormat::Txt => write_plain(&mut out, &records),
                TextFormat::Jsonl => write_jsonl(&mut out, &records),
            }?)
        }
        Command::Screenshot(arguments) => {
            let (corpus, view) = match &arguments.workspace {
                Some(path) => load_workspace(path, dictionary)?,
                None => (load(&arguments.paths, dictionary)?, ViewState::default()),
            };
            let written = super::screenshot::run(corpus, view, &arguments)?;
            writeln!(out, "{written}")?;
            Ok(())
        }
        Command::Bench { paths, format } => {
            check_exist(&paths)?;
            let name = if paths.is_empty() { SEED_CORPUS_NAME.to_owned() } else { corpus_name(&paths) };
            let report = bench::run(&name, &paths)?;
            match format {
                BenchFormat::Text => write!(out, "{}", bench::to_text(&report))?,
                BenchFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
            }
            Ok(())
        }
    }
}

/// The ISO 639-3 code of a language given on the command line by code or name.
fn language_code(name: &str) -> anyhow::Result<String> {
    language::code_from_name(name)
        .ok_or_else(|| anyhow::anyhow!("unknown language {name:?}: give a code (eng, fra) or a name (French)"))
}

/// Every mention of every document, in corpus and text order; with `flagged_only`, the uncounted ones.
fn mention_records(corpus: &Corpus, flagged_only: bool) -> Vec<MentionRecord> {
    let mentions = corpus.analyses.iter().enumerate().flat_map(|(doc, analysis)| {
        analysis.mentions.iter().filter(move |mention| !(flagged_only && mention.counted)).map(move |m| (doc, m))
    });
    mentions.filter_map(|(doc, mention)| MentionRecord::new(corpus, doc, mention)).collect()
}
