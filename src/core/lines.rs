//! How a text's lines are laid out: a line may run on into the next (a sentence wrapped at a fixed width, as
//! scanned speeches and wire copy are), or end a block (a paragraph, a heading, a line of a list). Dates and names
//! may cross the first kind of line break, never the second.

/// Whether a line runs on into the next: a long one (40 characters or more) that stops inside a sentence. A
/// short one may be a heading or a line of a list.
pub fn runs_on(line: &str) -> bool {
    let line = line.trim_end();
    line.chars().count() >= 40 && !ends_a_sentence(line)
}

/// Whether a line ends as a sentence does, with its closing quote or bracket.
pub fn ends_a_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '"', '”', '»', ')', ':'])
}

/// Whether `range` of `text` holds a line break that ends a block: a blank line, or a break after a line that
/// does not run on ("Tuesday, 1 March" then "1945 Arsenal v Chelsea").
pub fn crosses_a_block_end(text: &str, range: std::ops::Range<usize>) -> bool {
    let Some(inside) = text.get(range.clone()) else { return false };
    inside.match_indices('\n').any(|(offset, _)| {
        let newline = range.start + offset;
        let line = line_ending_at(text, newline);
        let next = text.get(newline + 1..).unwrap_or("");
        let blank_follows = next.split('\n').next().is_some_and(|line| line.trim().is_empty());
        blank_follows || !runs_on(line)
    })
}

/// The line that a line break at byte `newline` ends.
pub fn line_ending_at(text: &str, newline: usize) -> &str {
    let before = text.get(..newline).unwrap_or("");
    before.rfind('\n').map_or(before, |start| before.get(start + 1..).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapped_line_runs_on_and_a_heading_or_a_sentence_does_not() {
        assert!(runs_on("work carried out by your predecessor, Mr. Theo-Ben"));
        assert!(!runs_on("Tuesday, 1 March"));
        assert!(!runs_on("The match was played in the rain at the old stadium."));
    }

    #[test]
    fn a_blank_line_or_a_short_line_ends_a_block() {
        let fixture = "Tuesday, 1 March\n\n1945 Arsenal v Chelsea";
        assert!(crosses_a_block_end(fixture, 0..fixture.len()));
        let list = "Tuesday, 1 March\n1945 Arsenal v Chelsea";
        assert!(crosses_a_block_end(list, 0..list.len()));
        let wrapped = "The assembly adopted the declaration on 1 March\n1945 after a long debate.";
        assert!(!crosses_a_block_end(wrapped, 0..wrapped.len()));
    }
}
