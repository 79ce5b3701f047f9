//! Prefix queries: `russ*` becomes `(russia OR russian OR russians)` with the words the index holds.

use tantivy::schema::Field;
use tantivy::{Index, Searcher};

/// At most this many words stand in for one prefix.
const MAX_EXPANSIONS: usize = 200;

/// Rewrites every `word*` outside quotes into the indexed words that start with it (in any of `fields`).
pub fn expand(query: &str, searcher: &Searcher, index: &Index, fields: &[Field]) -> String {
    let mut out = String::with_capacity(query.len());
    for (part_number, part) in query.split('"').enumerate() {
        if part_number > 0 {
            out.push('"');
        }
        if part_number % 2 == 1 {
            out.push_str(part);
            continue;
        }
        let words: Vec<String> = part
            .split(' ')
            .map(|word| expand_word(word, searcher, index, fields).unwrap_or_else(|| word.to_owned()))
            .collect();
        out.push_str(&words.join(" "));
    }
    out
}

/// Expands one space-separated word, keeping the brackets around it: `(russ*` stays an opening group.
fn expand_word(word: &str, searcher: &Searcher, index: &Index, fields: &[Field]) -> Option<String> {
    let inner = word.trim_start_matches('(');
    let opening = &word[..word.len() - inner.len()];
    let core = inner.trim_end_matches(')');
    let closing = &inner[core.len()..];
    let expanded = expand_core(core, searcher, index, fields)?;
    Some(format!("{opening}{expanded}{closing}"))
}

fn expand_core(word: &str, searcher: &Searcher, index: &Index, fields: &[Field]) -> Option<String> {
    let (sign, rest) = match word.strip_prefix(['+', '-']) {
        Some(rest) => (&word[..1], rest),
        None => ("", word),
    };
    let stem = rest.strip_suffix('*')?;
    if stem.is_empty() || !stem.chars().all(char::is_alphanumeric) {
        return None;
    }
    let prefix = normalise(stem, index, fields)?;
    let mut found = std::collections::BTreeSet::new();
    for field in fields {
        collect_terms(searcher, *field, &prefix, &mut found);
    }
    if found.is_empty() {
        // No indexed word starts with it: search the bare stem, which finds nothing either.
        return Some(format!("{sign}{stem}"));
    }
    let alternatives: Vec<String> = found.into_iter().take(MAX_EXPANSIONS).collect();
    Some(format!("{sign}({})", alternatives.join(" OR ")))
}

/// Lower-cases and folds the stem the way the index does.
fn normalise(stem: &str, index: &Index, fields: &[Field]) -> Option<String> {
    let field = *fields.first()?;
    let mut analyzer = index.tokenizer_for_field(field).ok()?;
    let mut stream = analyzer.token_stream(stem);
    let mut out = None;
    stream.process(&mut |token| {
        if out.is_none() {
            out = Some(token.text.clone());
        }
    });
    out
}

fn collect_terms(searcher: &Searcher, field: Field, prefix: &str, found: &mut std::collections::BTreeSet<String>) {
    for segment in searcher.segment_readers() {
        let Ok(inverted) = segment.inverted_index(field) else { continue };
        let Ok(mut stream) = inverted.terms().range().ge(prefix.as_bytes()).into_stream() else { continue };
        while stream.advance() && found.len() < MAX_EXPANSIONS {
            let key = stream.key();
            if !key.starts_with(prefix.as_bytes()) {
                break;
            }
            if let Ok(term) = std::str::from_utf8(key) {
                found.insert(term.to_owned());
            }
        }
    }
}
