//! Variants joined into one candidate: an acronym and its definition, a surname or a first word and the full name.

use foldhash::{HashMap, HashMapExt as _};

use super::lexicon::{is_connector, is_given_name, is_institution, is_royal_title};
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
/// those that holds two thirds of their mentions, if it is a person's or named at least a tenth as often. A first and last name written more often than all its longer
/// forms together takes them in ("Paul John Lusaka" and "Paul J.F. Lusaka" count for "Paul Lusaka").
pub(super) fn merge_short_forms(tallies: &mut HashMap<String, Tally>) {
    let mut longer: HashMap<String, Vec<(String, usize)>> = HashMap::new();
    for (key, tally) in tallies.iter() {
        let organisation = tally.forms.iter().any(|(form, _)| form.split_whitespace().any(is_institution));
        for short in short_forms(key, organisation) {
            longer.entry(short).or_default().push((key.clone(), tally.mentions));
        }
    }
    untitle_where_a_full_name_exists(tallies, &longer);
    // Shorter first: "Lusaka" joins "Paul Lusaka" before "Paul Lusaka" joins "Paul John Lusaka".
    let mut longer: Vec<(String, Vec<(String, usize)>)> = longer.into_iter().collect();
    longer.sort_by(|a, b| a.0.split(' ').count().cmp(&b.0.split(' ').count()).then_with(|| a.0.cmp(&b.0)));
    for (short, fulls) in longer {
        let fulls: Vec<(String, usize)> = fulls.into_iter().filter(|(full, _)| tallies.contains_key(full)).collect();
        let Some(short_mentions) = tallies.get(&short).map(|tally| tally.mentions) else { continue };
        let total: usize = fulls.iter().map(|(_, mentions)| mentions).sum();
        let Some((best, mentions)) = fulls.iter().max_by_key(|(key, mentions)| (*mentions, key.clone())) else {
            continue;
        };
        // "AIDS" named 170 times is not the surname of "Africa's AIDS" named once; "Brahimi" is that of "Mr.
        // Lakhdar Brahimi", a person's name, however rarely written out.
        let named_enough =
            mentions * 10 >= short_mentions || tallies.get(best).is_some_and(|full| is_a_persons(best, full));
        if mentions * 3 >= total * 2 && named_enough {
            join(tallies, &short, best);
        } else if short.split(' ').count() == 2 && short_mentions >= total {
            for (full, _) in &fulls {
                join(tallies, full, &short);
            }
        }
    }
}

/// "Prince Sihanouk" is tallied as "sihanouk" when a longer name ends so ("Norodom Sihanouk"), so that it
/// joins that name: a monarch's title was kept before a lone first name in case no surname follows.
fn untitle_where_a_full_name_exists(
    tallies: &mut HashMap<String, Tally>,
    longer: &HashMap<String, Vec<(String, usize)>>,
) {
    let titled: Vec<String> = tallies
        .iter()
        .filter(|(key, tally)| {
            key.split(' ').count() == 2 && tally.forms.iter().all(|(form, _)| starts_with_a_royal_title(form))
        })
        .map(|(key, _)| key.clone())
        .collect();
    for key in titled {
        let Some((_, bare)) = key.split_once(' ') else { continue };
        if !longer.contains_key(bare) {
            continue;
        }
        let Some(tally) = tallies.remove(&key) else { continue };
        match tallies.get_mut(bare) {
            Some(existing) => existing.absorb(tally),
            None => {
                tallies.insert(bare.to_owned(), tally);
            }
        }
    }
}

fn starts_with_a_royal_title(form: &str) -> bool {
    form.split_whitespace().next().is_some_and(is_royal_title)
}

/// Whether a name is a person's by its evidence: a title before it, or a given name first.
fn is_a_persons(key: &str, tally: &Tally) -> bool {
    tally.titled > 0 || key.split(' ').next().is_some_and(is_given_name)
}

/// `from`'s figures counted for `into`.
fn join(tallies: &mut HashMap<String, Tally>, from: &str, into: &str) {
    if from != into
        && let Some(from) = tallies.remove(from)
        && let Some(into) = tallies.get_mut(into)
    {
        into.absorb(from);
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
        // "Lusaka" and "Paul Lusaka" for "Paul John Lusaka"; "Norodom Sihanouk" for "Samdech Norodom Sihanouk",
        // whose first word is an honorific, not a given name.
        let mut forms = vec![(*last).to_owned()];
        if words.len() >= 3 && !is_connector(words[words.len() - 2]) {
            forms.push(format!("{first} {last}"));
            if !is_given_name(first) && !is_connector(words[1]) {
                forms.push(words[1..].join(" "));
            }
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
