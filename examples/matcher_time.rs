//! How long matching alone takes: the embedded dictionary's parse and automaton build, then one thread finding
//! every mention in every document under the paths, each read as of its date (best of three rounds).
//!
//! `cargo run --release --example matcher_time -- target/corpora/TXT`

use std::path::PathBuf;
use std::time::{Duration, Instant};

fn main() -> anyhow::Result<()> {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let started = Instant::now();
    let dictionary = geodash::core::actors::Dictionary::embedded()?;
    println!("dictionary: {} actors in {:.0} ms", dictionary.actors.len(), ms(started.elapsed()));
    let started = Instant::now();
    let matcher = geodash::core::actors::Matcher::new(&dictionary)?;
    println!("matcher built in {:.0} ms", ms(started.elapsed()));
    let documents = geodash::core::readers::read_paths(&paths, &|_| {}).documents;
    let today = chrono::Local::now().date_naive();
    let megabytes = documents.iter().map(|document| document.text.len()).sum::<usize>() as f64 / 1e6;
    let mut best = Duration::MAX;
    let mut mentions = 0;
    for _ in 0..3 {
        let started = Instant::now();
        mentions = documents
            .iter()
            .map(|document| {
                let day = geodash::core::corpus::reading_date(document, today);
                matcher.find(&document.text, day, document.meta.language.as_deref()).len()
            })
            .sum::<usize>();
        best = best.min(started.elapsed());
    }
    let seconds = best.as_secs_f64();
    println!(
        "{} documents, {megabytes:.0} MB: {mentions} mentions in {seconds:.2} s ({:.0} MB/s, one thread)",
        documents.len(),
        megabytes / seconds
    );
    Ok(())
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
