//! Frame times of the window on a corpus, measured headlessly with egui_kittest: typing a query a letter a
//! frame, scrolling the article list, switching the actor filter between the most mentioned actors, and the
//! same with each analysis view (trends, concordance, co-mentions) shown.
//! Each figure is the time of one whole frame of the app's logic and layout (no GPU here), counting the frames
//! drawn while a large corpus's figures are computed in the background; "settled" is the time from the last
//! input until the new figures are shown.
//!
//! `cargo run --release --example frame_times -- target/corpora/TXT`   (no path: the embedded seeds)

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use geodash::app::{AppCommand, GeodashApp};
use geodash::cli::bench::percentile_ms;
use geodash::core::actors::Dictionary;
use geodash::core::corpus::Corpus;
use geodash::core::readers::read_paths;
use geodash::core::view_figures::{AnalysisChoices, Tab};

const QUERY: &str = "sovereignty";
const SCROLLS: usize = 60;
const ACTORS: usize = 10;

fn main() -> anyhow::Result<()> {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let corpus = load(&paths)?;
    println!("{} documents", corpus.documents.len());
    let mut harness =
        Harness::builder().with_size([1440.0, 900.0]).build_eframe(move |cc| GeodashApp::new(&cc.egui_ctx, corpus));
    settle(&mut harness);
    report("first frames (settled)", &mut [timed(|| harness.step())]);
    report("typing a query", &mut typing(&mut harness));
    let started = Instant::now();
    let mut waiting = settle(&mut harness);
    println!("  figures shown {:.1} ms after the last letter", started.elapsed().as_secs_f64() * 1000.0);
    report("frames while computing", &mut waiting);
    println!("  typed {:?}", harness.state().view().query);
    report("scrolling the article list", &mut scrolling(&mut harness));
    report("switching actors", &mut switching_actors(&mut harness));
    for tab in [Tab::Trends, Tab::Concordance, Tab::CoMentions] {
        report(&format!("{}: shown, then actors", tab.label()), &mut showing(&mut harness, tab));
    }
    Ok(())
}

fn load(paths: &[PathBuf]) -> anyhow::Result<Corpus> {
    if paths.is_empty() {
        return Ok(Corpus::seeds()?);
    }
    let mut corpus = Corpus::new("frame times", Dictionary::embedded()?)?;
    corpus.add(read_paths(paths, &|_| {}).documents)?;
    Ok(corpus)
}

fn typing(harness: &mut Harness<'_, GeodashApp>) -> Vec<Duration> {
    harness.get_by_label("Search").click();
    harness.step();
    let mut times = Vec::new();
    for letter in QUERY.chars() {
        harness.get_by_label("Search").type_text(&letter.to_string());
        times.push(timed(|| harness.step()));
    }
    times
}

fn scrolling(harness: &mut Harness<'_, GeodashApp>) -> Vec<Duration> {
    harness.event(egui::Event::PointerMoved(egui::pos2(600.0, 600.0)));
    harness.step();
    let mut times = Vec::new();
    for _ in 0..SCROLLS {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -120.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::NONE,
        });
        times.push(timed(|| harness.step()));
    }
    times
}

fn switching_actors(harness: &mut Harness<'_, GeodashApp>) -> Vec<Duration> {
    let actors: Vec<usize> = harness.state().plotted_actors().iter().take(ACTORS).map(|row| row.actor).collect();
    let mut times = Vec::new();
    for actor in actors.into_iter().map(Some).chain([None]) {
        harness.state_mut().push(AppCommand::FilterActor(actor));
        times.push(timed(|| harness.step()));
        times.extend(settle(harness));
    }
    times
}

/// Shows an analysis view, then switches actors with it shown: each frame's time, the frames while its
/// figures are computed in the background included.
fn showing(harness: &mut Harness<'_, GeodashApp>, tab: Tab) -> Vec<Duration> {
    let analysis = AnalysisChoices { tab, ..harness.state().view().analysis.clone() };
    harness.state_mut().push(AppCommand::SetAnalysis(analysis));
    let mut times = vec![timed(|| harness.step())];
    times.extend(settle(harness));
    times.extend(switching_actors(harness));
    times
}

/// Draws frames until the background figures are in, giving each frame's time.
fn settle(harness: &mut Harness<'_, GeodashApp>) -> Vec<Duration> {
    geodash::app::offscreen::settle(harness, Duration::from_secs(60)).unwrap_or_else(|error| {
        eprintln!("frame_times: {error}");
        Vec::new()
    })
}

fn timed(mut frame: impl FnMut()) -> Duration {
    let started = Instant::now();
    frame();
    started.elapsed()
}

fn report(what: &str, times: &mut [Duration]) {
    let max = times.iter().max().copied().unwrap_or_default();
    let (p50, p95) = (percentile_ms(times, 50), percentile_ms(times, 95));
    println!(
        "{what:<28} {:>3} frames  p50 {p50:6.2} ms  p95 {p95:6.2} ms  max {:6.2} ms",
        times.len(),
        max.as_secs_f64() * 1000.0
    );
}
