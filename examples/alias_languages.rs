//! What reading each document in its language changes: every document under the paths matched twice, once
//! with every alias (as when its language is not known) and once in its own language, and the mentions that
//! differ listed by alias, with up to `SAMPLE` of them in context to check by hand.
//!
//! `cargo run --release --example alias_languages -- target/corpora/TXT`

use std::collections::BTreeMap;
use std::path::PathBuf;

use geodash::core::actors::{Matcher, Mention};
use geodash::core::document::Document;

const SAMPLE: usize = 200;

fn main() -> anyhow::Result<()> {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let dictionary = geodash::core::actors::Dictionary::embedded()?;
    let matcher = Matcher::new(&dictionary)?;
    let documents = geodash::core::readers::read_paths(&paths, &|_| {}).documents;
    let mut languages: BTreeMap<String, usize> = BTreeMap::new();
    let (mut all, mut own) = (0, 0);
    let mut dropped: BTreeMap<String, usize> = BTreeMap::new();
    let mut sample = Vec::new();
    for document in &documents {
        let language = document.meta.language.as_deref();
        *languages.entry(language.unwrap_or("unknown").to_owned()).or_default() += 1;
        let (every, read) = (counted(&matcher, document, None), counted(&matcher, document, language));
        (all, own) = (all + every.len(), own + read.len());
        for mention in every.iter().filter(|mention| !read.iter().any(|kept| kept.span == mention.span)) {
            let actor = dictionary.actors.get(mention.actor).map_or("", |actor| actor.name.as_str());
            *dropped.entry(format!("{} -> {actor}", matcher.alias(mention.alias))).or_default() += 1;
            if sample.len() < SAMPLE {
                sample.push(format!(
                    "{} [{}] {}",
                    document.id,
                    language.unwrap_or("?"),
                    around(&document.text, mention)
                ));
            }
        }
    }
    println!("{} documents by language: {languages:?}", documents.len());
    println!("counted mentions: {all} with every alias, {own} in each text's language ({} fewer)", all - own);
    let mut ranked: Vec<(String, usize)> = dropped.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    println!("not read in the text's language, by alias:");
    ranked.iter().for_each(|(alias, count)| println!("  {count:>6}  {alias}"));
    println!("in context (first {SAMPLE}):");
    sample.iter().for_each(|line| println!("  {line}"));
    Ok(())
}

fn counted(matcher: &Matcher, document: &Document, language: Option<&str>) -> Vec<Mention> {
    let day = geodash::core::corpus::reading_date(document, chrono::Local::now().date_naive());
    matcher.find(&document.text, day, language).into_iter().filter(|mention| mention.counted).collect()
}

/// The mention with up to 60 bytes either side, on one line.
fn around(text: &str, mention: &Mention) -> String {
    let mut start = mention.span.start.saturating_sub(60);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (mention.span.end + 60).min(text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    text.get(start..end).unwrap_or("").replace(['\n', '\r'], " ")
}
