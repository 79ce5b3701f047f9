//! How long counting every mention again takes after an edit of the actors (a person added, two actors merged,
//! one removed), on a corpus already read and indexed: only the matching runs again (best of three).
//!
//! `cargo run --release --example rematch_time -- target/corpora/TXT`

use std::path::PathBuf;
use std::time::{Duration, Instant};

use geodash::core::actors::{ActorKind, Dictionary, Layer};
use geodash::core::corpus::Corpus;
use geodash::core::stats::{People, actor_table};

fn edited() -> anyhow::Result<Dictionary> {
    let mut layer = Layer::default();
    let shipped = Dictionary::embedded()?;
    let mut person = shipped.actors.first().cloned().ok_or_else(|| anyhow::anyhow!("an empty dictionary"))?;
    person.id = "PINIES".into();
    person.name = "Jaime de Piniés".into();
    person.kind = ActorKind::Person;
    person.aliases = vec!["Jaime de Piniés".into(), "de Piniés".into()];
    (person.from, person.to, person.dated, person.names, person.roles) = (None, None, vec![], vec![], vec![]);
    (person.ambiguous, person.context, person.guarded, person.other_sense) = (vec![], vec![], vec![], vec![]);
    layer.put_actor(person);
    layer.merge("SUN", "RUS");
    layer.remove_actor("NER", true);
    Ok(Dictionary::with_layer(&layer, "edits")?)
}

fn main() -> anyhow::Result<()> {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let documents = geodash::core::readers::read_paths(&paths, &|_| {}).documents;
    let mut corpus = Corpus::new("rematch", Dictionary::embedded()?)?;
    corpus.add(documents)?;
    let dictionary = edited()?;
    let mut best = Duration::MAX;
    for round in 0..3 {
        let started = Instant::now();
        let next = if round % 2 == 0 { dictionary.clone() } else { Dictionary::embedded()? };
        corpus.rematch(next)?;
        let rows = actor_table(&corpus, &corpus.all_docs(), People::Apart);
        best = best.min(started.elapsed());
        let top: Vec<String> = rows.iter().take(3).map(|row| format!("{} {}", row.name, row.mentions)).collect();
        println!("round {round}: {} actors counted; top: {}", rows.len(), top.join(", "));
    }
    let started = Instant::now();
    let _ = geodash::core::actors::Matcher::new(&dictionary)?;
    println!("the matcher alone builds in {:.2} s", started.elapsed().as_secs_f64());
    let started = Instant::now();
    let _ = actor_table(&corpus, &corpus.all_docs(), People::Apart);
    println!("the actor table alone: {:.3} s", started.elapsed().as_secs_f64());
    println!(
        "{} documents: matched again and counted in {:.2} s (best of three)",
        corpus.documents.len(),
        best.as_secs_f64()
    );
    Ok(())
}
