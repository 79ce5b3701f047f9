//! One article of a corpus, as the readers produce it.

use std::path::PathBuf;

use crate::core::dates::Published;

/// Where a document came from.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Source {
    /// One of the seed articles compiled into the binary, by its file name.
    Embedded(String),
    /// A file on disk.
    File(PathBuf),
    /// One part of a file that holds several documents: an entry of a ZIP archive ("news/a.html"), a message
    /// of a mailbox ("message 3"), a row of a table ("row 12"), a section of a PDF.
    Part {
        /// The file on disk.
        file: PathBuf,
        /// Which part of it, in words.
        part: String,
    },
}

impl Source {
    /// A short human label: the file path, or "embedded seeds/NAME".
    pub fn label(&self) -> String {
        match self {
            Self::Embedded(name) => format!("embedded seeds/{name}"),
            Self::File(path) => path.display().to_string(),
            Self::Part { file, part } => format!("{} › {part}", file.display()),
        }
    }
}

/// The file format a document was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown, kept as its source text.
    Markdown,
    /// A web page: its article body only.
    Html,
    /// A PDF's text layer.
    Pdf,
    /// A Word document (.docx).
    Docx,
    /// An OpenDocument text (.odt).
    Odt,
    /// Rich Text Format.
    Rtf,
    /// An e-mail message (.eml, or one message of an .mbox).
    Email,
    /// One row of a CSV or TSV export.
    Csv,
    /// One object of a JSON or JSON Lines export.
    Json,
    /// One item of an RSS or Atom feed.
    Feed,
}

impl Format {
    /// The lower-case name shown in the window and the command line.
    pub fn label(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Markdown => "markdown",
            Self::Html => "html",
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Odt => "odt",
            Self::Rtf => "rtf",
            Self::Email => "e-mail",
            Self::Csv => "csv",
            Self::Json => "json",
            Self::Feed => "feed",
        }
    }
}

/// One article: its text and what is known about it.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct Document {
    /// A short stable identifier, unique in its corpus (the file stem, made unique with a suffix).
    pub id: String,
    /// The headline, or the first sentence when the article has no headline.
    pub title: String,
    /// Where it was read from.
    pub source: Source,
    /// The article text as read (UTF-8); every byte span in the analysis points into it.
    pub text: String,
    /// The format it was read from.
    pub format: Format,
    /// The publication date the article carries, with its precision; `None` when it carries none.
    pub published: Option<Published>,
    /// For a speech, the ISO 3166-1 alpha-3 code of the country that speaks (or "EU"): the UN General Debate
    /// corpus names its files by it ("NER_78_2023.txt" is Niger's speech at the 78th session, in 2023).
    pub speaker: Option<String>,
    /// What it says about itself beyond title and date: outlet, author, section, address, language.
    pub meta: Metadata,
}

/// What a document says about itself (or what was found about it) beyond its title and date.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Metadata {
    /// The outlet that published it, as the document names it (a header's `Source`, a page's site name).
    pub outlet: Option<String>,
    /// Who wrote it (a byline), as written.
    pub author: Option<String>,
    /// The section or rubric it ran in.
    pub section: Option<String>,
    /// The address it was published at.
    pub url: Option<String>,
    /// Its language as an ISO 639-3 code ("eng", "fra"): as its metadata declares it, else detected in its text.
    pub language: Option<String>,
    /// Its metadata's date as written when that is all numbers with slashes ("03/04/2024"): such a date may read
    /// day first or month first, and the other dates of its source decide which.
    pub numeric_date: Option<String>,
}

impl Metadata {
    /// Metadata that names only an outlet.
    pub fn with_outlet(outlet: Option<String>) -> Self {
        Self { outlet, ..Self::default() }
    }
}

/// A speech of the UN General Debate corpus, as its file name gives it ("NER_78_2023.txt").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnSpeech {
    /// The speaker's ISO 3166-1 alpha-3 code, or "EU".
    pub speaker: String,
    /// The session of the General Assembly (78).
    pub session: u32,
    /// The year of the session (2023).
    pub year: i32,
}

impl UnSpeech {
    /// The speech a UN General Debate file name names, if it is one.
    pub fn from_file_name(name: &str) -> Option<Self> {
        let stem = name.strip_suffix(".txt")?;
        let mut parts = stem.split('_');
        let (code, session, year) = (parts.next()?, parts.next()?, parts.next()?);
        let is_code = (2..=3).contains(&code.len()) && code.bytes().all(|byte| byte.is_ascii_uppercase());
        let is_number = |part: &str| !part.is_empty() && part.bytes().all(|byte| byte.is_ascii_digit());
        if !is_code || !is_number(session) || year.len() != 4 || !is_number(year) || parts.next().is_some() {
            return None;
        }
        Some(Self { speaker: code.to_owned(), session: session.parse().ok()?, year: year.parse().ok()? })
    }

    /// Its title, the speaker called by `name`: "Mali — UN General Debate, session 78 (2023)".
    pub fn title(&self, name: &str) -> String {
        format!("{name} — UN General Debate, session {} ({})", self.session, self.year)
    }
}

/// The speaker in a UN General Debate file name: "NER_78_2023.txt" → "NER", "EU_78_2023.txt" → "EU".
pub fn speaker_in_file_name(name: &str) -> Option<String> {
    UnSpeech::from_file_name(name).map(|speech| speech.speaker)
}

/// Counts words as `wc -w` does, leaving out tokens with no letter or digit ("|", "—"), so "Niger’s" is one word.
/// One pass over the characters, ASCII first: a word counts at its first letter or digit.
pub fn count_words(text: &str) -> usize {
    let (mut words, mut counted) = (0, false);
    for c in text.chars() {
        let (space, alphanumeric) = if c.is_ascii() {
            (c.is_ascii_whitespace() || c == '\u{0B}', c.is_ascii_alphanumeric())
        } else {
            (c.is_whitespace(), c.is_alphanumeric())
        };
        if space {
            counted = false;
        } else if alphanumeric && !counted {
            words += 1;
            counted = true;
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::speaker_in_file_name;

    #[test]
    fn words_are_runs_between_spaces_with_a_letter_or_digit() {
        // By hand: Niger’s, junta, 26, July, 2023, x, Ségou, 12e (the dash, the bar and "..." are no words).
        let text = "Niger’s junta — 26 July | 2023\u{0B}x\u{00A0}Ségou ... 12e\n";
        assert_eq!(super::count_words(text), 8);
        assert_eq!(super::count_words("  \t\n"), 0);
    }

    #[test]
    fn a_un_speech_names_its_country() {
        assert_eq!(speaker_in_file_name("NER_78_2023.txt").as_deref(), Some("NER"));
        assert_eq!(speaker_in_file_name("EU_78_2023.txt").as_deref(), Some("EU"));
        assert_eq!(speaker_in_file_name("Niger_78_2023.txt"), None);
        assert_eq!(speaker_in_file_name("notes_2023.txt"), None);
        assert_eq!(speaker_in_file_name("NER_78_2023.md"), None);
    }

    #[test]
    fn a_un_speech_is_titled_by_speaker_and_session() {
        let speech = super::UnSpeech::from_file_name("MLI_78_2023.txt").expect("a speech");
        assert_eq!(speech.title("Mali"), "Mali — UN General Debate, session 78 (2023)");
    }
}
