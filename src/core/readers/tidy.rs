//! Extracted text made even: lines trimmed, paragraphs separated by exactly one blank line.

/// The text with each line trimmed and every run of blank lines made one blank line.
pub fn tidy(text: &str) -> String {
    let mut tidied = String::with_capacity(text.len());
    let mut blank_lines = 0;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank_lines += 1;
            continue;
        }
        if !tidied.is_empty() {
            tidied.push_str(if blank_lines > 0 { "\n\n" } else { "\n" });
        }
        tidied.push_str(line);
        blank_lines = 0;
    }
    tidied
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn blank_lines_shrink_to_one() {
        assert_eq!(tidy("  Headline \n\n\n\n First.\n  \nSecond.  "), "Headline\n\nFirst.\n\nSecond.");
    }
}
