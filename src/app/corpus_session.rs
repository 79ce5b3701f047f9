//! The corpus's life in the window: the corpus shown, what it is made of, the files that did not load, loads
//! running and queued, the save for the next session and the cache it goes to. The app asks it to add, remove
//! or rebuild, and hears back through [`CorpusEvent`]s.

use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError, RwLock, RwLockReadGuard};

use super::commands::AppCommand;
use super::jobs::loader::{Load, Loaded, Progress};
use super::jobs::saver::Save;
use super::look::counts::count;
use super::notices::Notice;
use crate::core::actors::Dictionary;
use crate::core::cache::{CorpusCache, FileStamp, Opened, Stamp};
use crate::core::corpus::{Corpus, CorpusError, corpus_name};
use crate::core::dates::long_day;
use crate::core::load_report::save_report_csv;
use crate::core::readers::{Outcome, Problem};
use crate::core::sources::{CorpusSource, NEW_CORPUS_NAME, Sources};
use crate::core::user_actors::UserActors;

/// What the app may be given to start with.
#[derive(Default)]
pub struct Startup {
    /// Where corpora are saved and reopened from; `None` reads every corpus afresh.
    pub cache: Option<CorpusCache>,
    /// The seed corpus, built beforehand; `None` builds it when the sources hold the seeds.
    pub seeds: Option<Corpus>,
    /// The dictionary to count with (the analyst's actors over the shipped ones); `None`: the shipped one.
    pub dictionary: Option<Dictionary>,
    /// The analyst's actors and the file they are kept in.
    pub actors: UserActors,
}

/// What the app hears back from the corpus.
#[derive(Clone, Debug, PartialEq)]
pub enum CorpusEvent {
    /// Something to tell the analyst.
    Notice(Notice),
    /// The corpus started again from its sources: the view of the old one means nothing now.
    Restarted,
    /// A whole corpus arrived in place of the one shown: figures computed for the old one are void.
    Replaced,
    /// Files failed or need a check: the report should be shown.
    ShowReport,
}

/// The corpus and everything about where it comes from.
pub struct CorpusSession {
    /// Shared with background computations of the panels' figures and with the save; written only when a load
    /// is appended or the corpus is replaced.
    corpus: Arc<RwLock<Corpus>>,
    sources: Sources,
    /// The files of the corpus's paths as they were read, to save the corpus under.
    stamps: Vec<FileStamp>,
    problems: Vec<Problem>,
    load: Option<Load>,
    queued: Vec<PathBuf>,
    save: Option<Save>,
    /// Where corpora are saved and reopened from; `None` to read every corpus afresh.
    cache: Option<CorpusCache>,
    /// What to say, and a button to offer, with the news of the load running ("Undo", "Keep the seed articles
    /// too").
    offer: Option<(String, String, AppCommand)>,
    ctx: egui::Context,
}

impl CorpusSession {
    /// A corpus with no sources (nothing is saved or reopened), drawn with `ctx`.
    pub fn over(ctx: &egui::Context, corpus: Arc<RwLock<Corpus>>) -> Self {
        let (stamps, problems, queued) = (Vec::new(), Vec::new(), Vec::new());
        let (sources, cache, load, save, offer) = (Sources::default(), None, None, None, None);
        Self { corpus, sources, stamps, problems, load, queued, save, cache, offer, ctx: ctx.clone() }
    }

    /// The corpus these sources make: the seeds at once if they are among them, the files and folders reopened
    /// from the start's cache or read, in the background.
    pub fn start(
        ctx: &egui::Context,
        sources: &Sources,
        start: Startup,
    ) -> Result<(Self, Vec<CorpusEvent>), CorpusError> {
        let dictionary = match start.dictionary {
            Some(dictionary) => dictionary,
            None => Dictionary::embedded()?,
        };
        let corpus = match start.seeds {
            Some(seeds) if sources.has_seeds() && seeds.dictionary.key == dictionary.key => seeds,
            _ => sources.starting_corpus(&dictionary)?,
        };
        let mut session = Self::over(ctx, Arc::new(RwLock::new(corpus)));
        session.sources = sources.clone();
        session.cache = start.cache;
        let events = session.open_paths();
        Ok((session, events))
    }

    /// The corpus, to share with work in the background.
    pub fn shared(&self) -> &Arc<RwLock<Corpus>> {
        &self.corpus
    }

    /// The corpus, to read; a background computation that panicked leaves it as it was, so it is still read.
    pub fn read(&self) -> RwLockReadGuard<'_, Corpus> {
        self.corpus.read().unwrap_or_else(PoisonError::into_inner)
    }

    /// What the corpus is made of.
    pub fn sources(&self) -> &Sources {
        &self.sources
    }

    /// The files that did not load, so far.
    pub fn problems(&self) -> &[Problem] {
        &self.problems
    }

    /// How far the running load has got, if one runs.
    pub fn progress(&self) -> Option<&Progress> {
        self.load.as_ref().map(|load| load.progress.as_ref())
    }

    /// True while files are being read, analysed or indexed, or wait to be.
    pub fn is_loading(&self) -> bool {
        self.load.is_some() || !self.queued.is_empty()
    }

    /// True while the corpus is being saved to the cache for the next session.
    pub fn is_saving(&self) -> bool {
        self.save.is_some()
    }

    /// Reads files and folders into the corpus, in the background; one already in it is not read twice. Added
    /// to the untouched seed corpus, they start a corpus of their own, with an offer to keep the seeds too.
    pub fn add_paths(&mut self, paths: Vec<PathBuf>) -> Vec<CorpusEvent> {
        let (fresh, known): (Vec<PathBuf>, Vec<PathBuf>) =
            paths.into_iter().partition(|path| !self.sources.covers(path));
        let mut events = Vec::new();
        if let Some(first) = known.first() {
            let more = if known.len() > 1 { format!(" (and {} more)", known.len() - 1) } else { String::new() };
            events.push(info(format!("{}{more} is already in the corpus.", first.display())));
        }
        if !fresh.is_empty() && self.sources == Sources::seeds() {
            let own = Sources { list: fresh.iter().cloned().map(CorpusSource::Path).collect(), ..self.sources.clone() };
            let mut with_seeds = own.clone();
            with_seeds.list.insert(0, CorpusSource::Seeds);
            events.extend(self.rebuild(own));
            let keep = ("Keep the seed articles too".to_owned(), AppCommand::RestoreSources(with_seeds));
            events.extend(self.offer_with_news(keep, "A new corpus: the embedded seed articles are not in it."));
            return events;
        }
        let unnamed = |corpus: &Corpus| corpus.documents.is_empty() && corpus.name == NEW_CORPUS_NAME;
        // Only an empty corpus is written to here, so a save reading a full one never holds up the window.
        if !fresh.is_empty() && unnamed(&self.read()) {
            self.corpus.write().unwrap_or_else(PoisonError::into_inner).name = corpus_name(&fresh);
        }
        self.sources.list.extend(fresh.iter().cloned().map(CorpusSource::Path));
        self.queued.extend(fresh);
        events.extend(self.start_next_load());
        events
    }

    /// Starts again from these sources: the corpus and the report are replaced and the paths read again.
    pub fn rebuild(&mut self, sources: Sources) -> Vec<CorpusEvent> {
        self.rebuild_with(sources, None)
    }

    /// As [`CorpusSession::rebuild`], counting with `dictionary` if given (a workspace's own actors).
    pub fn rebuild_with(&mut self, sources: Sources, dictionary: Option<Dictionary>) -> Vec<CorpusEvent> {
        if self.is_loading() || self.is_saving() {
            return vec![info("Wait for the current load to finish before changing the corpus.".to_owned())];
        }
        let dictionary = dictionary.unwrap_or_else(|| self.read().dictionary.clone());
        let corpus = match sources.starting_corpus(&dictionary) {
            Ok(corpus) => corpus,
            Err(error) => return vec![error_notice(format!("Cannot start a new corpus: {error}"))],
        };
        *self.corpus.write().unwrap_or_else(PoisonError::into_inner) = corpus;
        self.problems.clear();
        self.stamps.clear();
        self.sources = sources;
        let mut events = vec![CorpusEvent::Restarted];
        events.extend(self.open_paths());
        events
    }

    /// Starts again from these sources, with a way back to the sources of now.
    pub fn rebuild_undoably(&mut self, sources: Sources, done: &str) -> Vec<CorpusEvent> {
        let undo = ("Undo".to_owned(), AppCommand::RestoreSources(self.sources.clone()));
        let mut events = self.rebuild(sources);
        if events.contains(&CorpusEvent::Restarted) {
            events.extend(self.offer_with_news(undo, done));
        }
        events
    }

    /// Offers a button with the news of the load just started, or at once when none runs.
    fn offer_with_news(&mut self, offer: (String, AppCommand), text: &str) -> Vec<CorpusEvent> {
        let (label, command) = offer;
        if self.load.is_some() {
            self.offer = Some((text.to_owned(), label, command));
            return Vec::new();
        }
        vec![CorpusEvent::Notice(Notice::Offer { text: text.to_owned(), label, command })]
    }

    /// Reads a table again with the text column the analyst chose (by the file's label in the report).
    pub fn choose_text_column(&mut self, file: String, column: String) -> Vec<CorpusEvent> {
        let mut sources = self.sources.clone();
        sources.options.text_columns.insert(file, column);
        self.rebuild(sources)
    }

    /// Reads the corpus again with undated articles read as of `as_of` (`None`: today), with a way back.
    pub fn set_as_of(&mut self, as_of: Option<chrono::NaiveDate>) -> Vec<CorpusEvent> {
        let mut sources = self.sources.clone();
        if sources.options.as_of == as_of {
            return Vec::new();
        }
        sources.options.as_of = as_of;
        let day = as_of.map_or_else(|| "today".to_owned(), long_day);
        self.rebuild_undoably(sources, &format!("Undated articles are now read as of {day}."))
    }

    /// Takes the source at `index` out and rebuilds the corpus from the others, with a way back.
    pub fn remove_source(&mut self, index: usize) -> Vec<CorpusEvent> {
        let mut sources = self.sources.clone();
        if index >= sources.list.len() {
            return Vec::new();
        }
        let removed = sources.list.remove(index);
        self.rebuild_undoably(sources, &format!("Removed {} from the corpus.", removed.label()))
    }

    /// Writes the load report as CSV.
    pub fn save_report(&self, path: &Path) -> Notice {
        match save_report_csv(path, &self.problems) {
            Ok(()) => Notice::Info(format!("Report saved to {}", path.display())),
            Err(error) => Notice::Error(format!("Could not save the report: {error}")),
        }
    }

    /// Takes in a finished save or load and starts the next queued load.
    pub fn poll(&mut self) -> Vec<CorpusEvent> {
        let mut events = Vec::new();
        if let Some(result) = self.save.as_ref().and_then(Save::poll) {
            self.save = None;
            if let Err(error) = result {
                events.push(error_notice(format!("The corpus could not be saved for next time: {error}")));
            }
        }
        // A finished load waits while the corpus is being saved: appending needs the corpus the save is reading,
        // and the window must not wait for it. The save wakes the window when it is done.
        let finished = if self.save.is_some() { None } else { self.load.as_ref().and_then(Load::poll) };
        let Some(result) = finished else { return events };
        self.load = None;
        match result {
            Ok(Loaded::Added { batch, problems, stamps }) => events.extend(self.append(batch, problems, stamps)),
            Ok(Loaded::Opened(opened)) => events.extend(self.replace(*opened)),
            Err(error) => events.push(error_notice(format!("Loading failed: {error}"))),
        }
        events.extend(self.start_next_load());
        events
    }

    /// Starts opening the sources' paths as a whole corpus, if there are any.
    fn open_paths(&mut self) -> Vec<CorpusEvent> {
        if self.sources.paths().is_empty() {
            return Vec::new();
        }
        let dictionary = self.read().dictionary.clone();
        match Load::open(&self.ctx, self.sources.clone(), dictionary, self.cache.clone()) {
            Ok(load) => self.load = Some(load),
            Err(error) => return vec![error_notice(error.to_string())],
        }
        Vec::new()
    }

    fn start_next_load(&mut self) -> Vec<CorpusEvent> {
        if self.load.is_some() || self.queued.is_empty() {
            return Vec::new();
        }
        let paths = std::mem::take(&mut self.queued);
        let analyser = self.read().analyser();
        match Load::start(&self.ctx, paths, self.sources.options.clone(), analyser) {
            Ok(load) => self.load = Some(load),
            Err(error) => return vec![error_notice(error.to_string())],
        }
        Vec::new()
    }

    fn append(
        &mut self,
        batch: crate::core::corpus::Batch,
        problems: Vec<Problem>,
        stamps: Vec<FileStamp>,
    ) -> Vec<CorpusEvent> {
        let added = batch.documents.len();
        let duplicates = batch.duplicates.clone();
        // Waits for a background computation of figures still reading the corpus: a fraction of a second.
        let appended = self.corpus.write().unwrap_or_else(PoisonError::into_inner).append(batch);
        if let Err(error) = appended {
            return vec![error_notice(error.to_string())];
        }
        self.stamps.extend(stamps);
        let mut events = self.report_added(added, problems.into_iter().chain(duplicates).collect(), "Added");
        events.extend(self.start_save());
        events
    }

    fn replace(&mut self, opened: Opened) -> Vec<CorpusEvent> {
        let added = opened.corpus.documents.len().saturating_sub(self.read().documents.len());
        *self.corpus.write().unwrap_or_else(PoisonError::into_inner) = opened.corpus;
        self.stamps = opened.stamp.files;
        self.problems.clear();
        let verb = if opened.reopened { "Reopened" } else { "Added" };
        let mut events = vec![CorpusEvent::Replaced];
        events.extend(self.report_added(added, opened.problems, verb));
        if let Some(problem) = opened.cache_problem {
            events.push(error_notice(format!("The saved index: {problem}. The corpus shown is whole.")));
        }
        events
    }

    /// Adds a load's problems to the report and says what came in; the report opens by itself only for files
    /// that failed or need a check, not for duplicates.
    fn report_added(&mut self, added: usize, problems: Vec<Problem>, verb: &str) -> Vec<CorpusEvent> {
        let tally = ProblemTally::of(&problems);
        self.problems.extend(problems);
        let text = format!("{verb} {}; {}.", count(added, "document", "documents"), tally.describe());
        let news = match self.offer.take() {
            Some((said, label, command)) => Notice::Offer { text: format!("{text} {said}"), label, command },
            None => Notice::Info(text),
        };
        let mut events = vec![CorpusEvent::Notice(news)];
        if tally.left_out + tally.unsure > 0 {
            events.push(CorpusEvent::ShowReport);
        }
        events
    }

    /// Once every load is in, saves the corpus to the cache in the background, for the next session.
    fn start_save(&mut self) -> Vec<CorpusEvent> {
        let Some(cache) = self.cache.clone() else { return Vec::new() };
        if !self.queued.is_empty() || self.sources.paths().is_empty() {
            return Vec::new();
        }
        let stamp = Stamp::with_files(self.sources.clone(), self.stamps.clone());
        let corpus = Arc::clone(&self.corpus);
        match Save::start(&self.ctx, cache, corpus, stamp, self.problems.clone()) {
            Ok(save) => self.save = Some(save),
            Err(error) => return vec![error_notice(error.to_string())],
        }
        Vec::new()
    }
}

/// The files of a load report, by what happened to them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ProblemTally {
    /// Skipped or failed.
    pub left_out: usize,
    /// Read, but their text was already in the corpus.
    pub duplicates: usize,
    /// Read with a guess to check.
    pub unsure: usize,
}

impl ProblemTally {
    /// Counts a report's files.
    pub fn of(problems: &[Problem]) -> Self {
        let mut tally = Self::default();
        for problem in problems {
            match problem.outcome {
                Outcome::Skipped | Outcome::Failed => tally.left_out += 1,
                Outcome::Duplicate => tally.duplicates += 1,
                Outcome::Unsure => tally.unsure += 1,
            }
        }
        tally
    }

    /// "6 files left out; 1 duplicate counted once; 1 file to check" (the files left out always said).
    pub fn describe(self) -> String {
        let mut parts = vec![format!("{} left out", count(self.left_out, "file", "files"))];
        if self.duplicates > 0 {
            parts.push(format!("{} counted once", count(self.duplicates, "duplicate", "duplicates")));
        }
        if self.unsure > 0 {
            parts.push(format!("{} to check", count(self.unsure, "file", "files")));
        }
        parts.join("; ")
    }
}

fn info(text: String) -> CorpusEvent {
    CorpusEvent::Notice(Notice::Info(text))
}

fn error_notice(text: String) -> CorpusEvent {
    CorpusEvent::Notice(Notice::Error(text))
}
