//! How long finding candidate actors takes on a corpus already read: every text's spans (in parallel), then the
//! ranking; and again for the last tenth of the texts added to an index holding the rest (best of three).
//!
//! `cargo run --release --example candidates_time -- target/corpora/TXT`

use std::path::PathBuf;
use std::time::{Duration, Instant};

use geodash::core::candidates::{CandidateIndex, Known};

fn main() -> anyhow::Result<()> {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let documents = geodash::core::readers::read_paths(&paths, &|_| {}).documents;
    let texts: Vec<&str> = documents.iter().map(|document| document.text.as_str()).collect();
    let dictionary = geodash::core::actors::Dictionary::embedded()?;
    let known = Known::of(&dictionary);
    let text_of = |doc: usize| texts.get(doc).copied().unwrap_or("");
    let (mut read, mut ranked, mut added) = (Duration::MAX, Duration::MAX, Duration::MAX);
    let mut found = Vec::new();
    for _ in 0..3 {
        let started = Instant::now();
        let mut index = CandidateIndex::default();
        index.add(&texts);
        read = read.min(started.elapsed());
        let started = Instant::now();
        found = index.ranked(text_of, &known, 60);
        ranked = ranked.min(started.elapsed());
        let split = texts.len() * 9 / 10;
        let mut index = CandidateIndex::default();
        index.add(&texts[..split]);
        let started = Instant::now();
        index.add(&texts[split..]);
        let _ = index.ranked(text_of, &known, 60);
        added = added.min(started.elapsed());
    }
    println!(
        "{} documents: spans {:.2} s, ranking {:.2} s, total {:.2} s; adding the last tenth and ranking again {:.2} s",
        texts.len(),
        read.as_secs_f64(),
        ranked.as_secs_f64(),
        (read + ranked).as_secs_f64(),
        added.as_secs_f64()
    );
    println!("first: {:?}", found.iter().take(10).map(|candidate| candidate.name.as_str()).collect::<Vec<_>>());
    Ok(())
}
