//! Rich Text Format: the text of the document's body, without its font, colour and style tables, pictures,
//! field codes or document properties. Escaped bytes (`\'e9`) are decoded in the document's code page
//! (`\ansicpg`, Windows-1252 by default) and Unicode escapes (`\u233?`) as Unicode.

use encoding_rs::Encoding;

use super::origin::Origin;
use super::tidy::tidy;
use super::{Problem, database_export, document_from_text};
use crate::core::document::{Document, Format};

/// Groups whose content is not text of the document.
const SKIPPED_DESTINATIONS: &[&str] = &[
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "pict",
    "header",
    "headerl",
    "headerr",
    "headerf",
    "footer",
    "footerl",
    "footerr",
    "footerf",
    "object",
    "fldinst",
    "themedata",
    "colorschememapping",
    "latentstyles",
    "datastore",
    "xmlnstbl",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "generator",
    "filetbl",
    "revtbl",
    "bkmkstart",
    "bkmkend",
    "pgdsctbl",
    "mmathPr",
    "listtext",
    "pntext",
];

/// Reads an RTF file as one document, or a news database's export as one document per article.
pub fn read(origin: &Origin, bytes: &[u8]) -> Result<Vec<Document>, Problem> {
    if !bytes.starts_with(b"{\\rtf") {
        return Err(origin.failed("not an RTF file (it does not start with {\\rtf)"));
    }
    let text = rtf_text(bytes);
    if let Some(documents) = database_export::documents(origin, &text, Format::Rtf) {
        return Ok(documents);
    }
    Ok(vec![document_from_text(text, origin.source(), Format::Rtf, origin.file_name())])
}

/// The state of one `{…}` group.
#[derive(Clone, Copy)]
struct Group {
    skipped: bool,
    unicode_fallback: usize,
}

/// The text of an RTF document.
pub fn rtf_text(bytes: &[u8]) -> String {
    let mut parser =
        Parser { bytes, at: 0, text: String::new(), pending: Vec::new(), code_page: encoding_rs::WINDOWS_1252 };
    parser.run();
    tidy(&parser.text)
}

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
    text: String,
    /// Escaped bytes waiting to be decoded together (a code page may use two bytes a character).
    pending: Vec<u8>,
    code_page: &'static Encoding,
}

impl Parser<'_> {
    fn run(&mut self) {
        let mut stack = vec![Group { skipped: false, unicode_fallback: 1 }];
        let mut skip_chars = 0usize;
        while let Some(&byte) = self.bytes.get(self.at) {
            self.at += 1;
            let group = stack.last().copied().unwrap_or(Group { skipped: false, unicode_fallback: 1 });
            match byte {
                b'{' => stack.push(group),
                b'}' => {
                    stack.pop();
                }
                b'\\' => {
                    if let Some(escaped) = self.escaped_byte() {
                        if skip_chars > 0 {
                            skip_chars -= 1;
                        } else if !group.skipped {
                            self.pending.push(escaped);
                        }
                        continue;
                    }
                    let (word, parameter) = self.control_word();
                    self.control(&word, parameter, &mut stack, &mut skip_chars);
                }
                b'\r' | b'\n' => {}
                _ if skip_chars > 0 => skip_chars -= 1,
                _ if !group.skipped => self.pending.push(byte),
                _ => {}
            }
        }
        self.flush();
    }

    /// `\'hh`: the byte it stands for.
    fn escaped_byte(&mut self) -> Option<u8> {
        if self.bytes.get(self.at) != Some(&b'\'') {
            return None;
        }
        let hex = std::str::from_utf8(self.bytes.get(self.at + 1..self.at + 3)?).ok()?;
        let byte = u8::from_str_radix(hex, 16).ok()?;
        self.at += 3;
        Some(byte)
    }

    /// A control word and its number (`\u233`, `\par`), or a control symbol (`\~`, `\{`, `\*`).
    fn control_word(&mut self) -> (String, Option<i32>) {
        let start = self.at;
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_alphabetic) {
            self.at += 1;
        }
        if self.at == start {
            let symbol = self.bytes.get(self.at).map_or(String::new(), |&byte| char::from(byte).to_string());
            self.at += 1;
            return (symbol, None);
        }
        let word = String::from_utf8_lossy(&self.bytes[start..self.at]).into_owned();
        let number_start = self.at;
        if self.bytes.get(self.at) == Some(&b'-') {
            self.at += 1;
        }
        while self.bytes.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        let parameter = std::str::from_utf8(&self.bytes[number_start..self.at]).ok().and_then(|n| n.parse().ok());
        if self.bytes.get(self.at) == Some(&b' ') {
            self.at += 1;
        }
        (word, parameter)
    }

    fn control(&mut self, word: &str, parameter: Option<i32>, stack: &mut [Group], skip_chars: &mut usize) {
        let Some(group) = stack.last_mut() else { return };
        if word == "*" || SKIPPED_DESTINATIONS.contains(&word) {
            group.skipped = true;
            return;
        }
        match (word, parameter) {
            ("ansicpg", Some(page)) => {
                self.code_page = Encoding::for_label(format!("windows-{page}").as_bytes()).unwrap_or(self.code_page);
            }
            ("uc", Some(count)) => group.unicode_fallback = usize::try_from(count).unwrap_or(1),
            ("u", Some(code)) if !group.skipped => {
                let code = if code < 0 { code + 65_536 } else { code };
                self.push_str(&u32::try_from(code).ok().and_then(char::from_u32).unwrap_or('\u{fffd}').to_string());
                *skip_chars = group.unicode_fallback;
            }
            _ if group.skipped => {}
            _ => self.push_str(symbol(word)),
        }
    }

    fn push_str(&mut self, text: &str) {
        self.flush();
        self.text.push_str(text);
    }

    fn flush(&mut self) {
        if !self.pending.is_empty() {
            let (decoded, _) = self.code_page.decode_without_bom_handling(&self.pending);
            self.text.push_str(&decoded);
            self.pending.clear();
        }
    }
}

/// The text a control word or symbol stands for; most (formatting) stand for nothing.
fn symbol(word: &str) -> &'static str {
    match word {
        "par" | "sect" | "page" => "\n\n",
        "line" | "row" => "\n",
        "tab" | "cell" => "\t",
        "\\" => "\\",
        "{" => "{",
        "}" => "}",
        "~" => "\u{a0}",
        "_" => "-",
        "emdash" => "—",
        "endash" => "–",
        "lquote" => "‘",
        "rquote" => "’",
        "ldblquote" => "“",
        "rdblquote" => "”",
        "bullet" => "•",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::rtf_text;

    #[test]
    fn body_text_without_tables_and_with_accents() {
        let rtf = br"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Times;}}{\colortbl;\red0\green0\blue0;}{\*\generator Writer;}
{\info{\title Secret title}}\pard Le 26 juillet 2023, \'e0 Niamey\par
{\b Bazoum} \u8217?s fall\par}";
        assert_eq!(rtf_text(rtf), "Le 26 juillet 2023, à Niamey\n\nBazoum ’s fall");
    }

    #[test]
    fn escaped_braces_and_backslashes_are_text() {
        assert_eq!(rtf_text(br"{\rtf1 a \{b\} c\\d}"), r"a {b} c\d");
    }
}
