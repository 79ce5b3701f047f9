//! Variants joined into one candidate: an acronym and its definition, a surname or a first word and the full name.

use std::collections::HashMap;

use super::lexicon::{is_connector, is_institution};
use super::spans::DocNames;
use super::tally::{Tally, tally_key};

/// "RSF" counts for "Rapid Support Forces" where the texts define it so.
pub(super) fn merge_acronyms<'t>(
    tallies: &mut HashMap<String, Tally>,
    docs: &[DocNames],
    text_of: &impl Fn(usize) -> &'t str,
) {
    let mut meanings: HashMap<String, HashMap<String, usize>> = HashMap::new();
    for (doc, names) in docs.iter().enumerate() {
        let text = text_of(doc);
        for (acronym, range) in &names.acronyms {
            let Some(long) = text.get(range.clone()) else { continue };
            let (mut short_key, mut long_key) = (String::new(), String::new());
            tally_key(acronym, &mut short_key);
            tally_key(long, &mut long_key);
            *meanings.entry(short_key).or_default().entry(long_key).or_default() += 1;
        }
    }
    for (acronym, longs) in meanings {
        let Some((long, definitions)) = longs.into_iter().max_by_key(|(long, count)| (*count, long.clone())) else {
            continue;
        };
        let Some(full) = tallies.get_mut(&long) else { continue };
        full.defined = true;
        if let Some(mut short) = tallies.remove(&acronym)
            && let Some(full) = tallies.get_mut(&long)
        {
            // "Rapid Support Forces (RSF)" names them once, not twice.
            short.mentions = short.mentions.saturating_sub(definitions);
            for (_, count) in &mut short.forms {
                *count = count.saturating_sub(definitions);
            }
            short.forms.retain(|(_, count)| *count > 0);
            full.absorb(short);
        }
    }
}

/// "Blair" (and "Mr Blair", already "Blair") counts for "Tony Blair", "Kestrel" for "Kestrel Energy Group" and
/// "Longxing Mining" for "Longxing Mining SARL": a surname for the one person's name ending so, a first word
/// for the one organisation's name starting so, a name for itself with its company's form; or for the one of
/// those that holds two thirds of their mentions.
pub(super) fn merge_short_forms(tallies: &mut HashMap<String, Tally>) {
    let mut longer: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    for (key, tally) in tallies.iter() {
        let organisation = tally.forms.iter().any(|(form, _)| form.split_whitespace().any(is_institution));
        for short in short_forms(key, organisation) {
            longer.entry(short).or_default().push((key.clone(), tally.mentions));
        }
    }
    // Shorter first: "Lusaka" joins "Paul Lusaka" before "Paul Lusaka" joins "Paul John Lusaka".
    let mut longer: Vec<(String, Vec<(String, usize)>)> = longer.into_iter().collect();
    longer.sort_by(|a, b| a.0.split(' ').count().cmp(&b.0.split(' ').count()).then_with(|| a.0.cmp(&b.0)));
    for (short, fulls) in longer {
        let fulls: Vec<(String, usize)> = fulls.into_iter().filter(|(full, _)| tallies.contains_key(full)).collect();
        if !tallies.contains_key(&short) || fulls.is_empty() {
            continue;
        }
        let total: usize = fulls.iter().map(|(_, mentions)| mentions).sum();
        let Some((best, mentions)) = fulls.into_iter().max_by_key(|(key, mentions)| (*mentions, key.clone())) else {
            continue;
        };
        if mentions * 3 >= total * 2
            && let Some(short) = tallies.remove(&short)
            && let Some(full) = tallies.get_mut(&best)
        {
            full.absorb(short);
        }
    }
}

/// The shorter forms a name may be written in: a person's surname; an organisation's first word, and its name
/// without the company's form ("sarl", "ltd", "group"…).
fn short_forms(key: &str, organisation: bool) -> Vec<String> {
    let words: Vec<&str> = key.split(' ').collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return Vec::new() };
    if words.len() < 2 {
        return Vec::new();
    }
    if !organisation {
        // "Lusaka" and "Paul Lusaka" for "Paul John Lusaka".
        let mut forms = vec![(*last).to_owned()];
        if words.len() >= 3 && !is_connector(words[words.len() - 2]) {
            forms.push(format!("{first} {last}"));
        }
        return forms;
    }
    let legal = ["sarl", "sa", "ltd", "limited", "inc", "plc", "gmbh", "group", "groupe", "corp", "corporation", "co"];
    let mut forms = vec![(*first).to_owned()];
    if legal.contains(last) && words.len() > 2 {
        forms.push(words[..words.len() - 1].join(" "));
    }
    forms
}
