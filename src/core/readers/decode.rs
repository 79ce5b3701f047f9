//! Turning a file's bytes into text: a byte-order mark first (UTF-8, UTF-16 LE/BE), then the encoding the file
//! declares (an HTML `charset`), then UTF-8 if the bytes are valid UTF-8, else the encoding `chardetng` guesses
//! (Windows-1252 for most Western news text, so "£" and "é" come out right). Line endings are kept as they are.

use encoding_rs::Encoding;

/// Bytes that are binary data, not text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("binary data, not text")]
pub struct NotText;

/// Decodes bytes to text, or says why they are not text.
pub fn decode_text(bytes: &[u8]) -> Result<String, NotText> {
    decode_declared(bytes, None)
}

/// Decodes bytes to text, trusting a declared encoding label ("iso-8859-1", "utf-8") after a byte-order mark.
pub fn decode_declared(bytes: &[u8], declared: Option<&str>) -> Result<String, NotText> {
    if looks_binary(bytes) {
        return Err(NotText);
    }
    if let Some((encoding, bom_length)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_length..).unwrap_or_default();
        return Ok(encoding.decode_without_bom_handling(body).0.into_owned());
    }
    if let Some(encoding) = declared.and_then(|label| Encoding::for_label(label.trim().as_bytes())) {
        // A page that says UTF-8 but is not is common: then the bytes decide.
        if encoding != encoding_rs::UTF_8 || std::str::from_utf8(bytes).is_ok() {
            return Ok(encoding.decode_without_bom_handling(bytes).0.into_owned());
        }
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_owned());
    }
    Ok(guess_encoding(bytes).decode_without_bom_handling(bytes).0.into_owned())
}

/// The encoding chardetng finds likeliest for bytes that are not UTF-8. The hint of a French domain makes
/// Windows-1252 win where short Western text fits several encodings (else "coûte £" can come out "coűte Ł");
/// text that is plainly Cyrillic or Greek is still detected as such.
fn guess_encoding(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(Some(b"fr"), chardetng::Utf8Detection::Allow)
}

/// A file with NUL bytes or many control characters in its first 8 KiB is binary, unless it is UTF-16.
fn looks_binary(bytes: &[u8]) -> bool {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return false;
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head.iter().filter(|&&byte| byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B)).count();
    head.contains(&0) || controls * 20 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_loses_the_bom() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFNiamey").as_deref(), Ok("Niamey"));
    }

    #[test]
    fn windows_1252_pound_and_e_acute_come_out_right() {
        assert_eq!(decode_text(b"\xA3 5 \xE0 l'\xC9lys\xE9e").as_deref(), Ok("£ 5 à l'Élysée"));
    }

    #[test]
    fn utf16_le_with_bom() {
        let bytes: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Niger".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        assert_eq!(decode_text(&bytes).as_deref(), Ok("Niger"));
    }

    #[test]
    fn windows_1251_russian_is_detected() {
        let text = "Россия и Нигер подписали соглашение о военном сотрудничестве в Ниамее.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        assert_eq!(decode_text(&bytes).as_deref(), Ok(text));
    }

    #[test]
    fn utf16_be_with_bom() {
        let bytes: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Niamey £".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode_text(&bytes).as_deref(), Ok("Niamey £"));
    }

    #[test]
    fn a_declared_latin1_page_is_read_as_latin1() {
        assert_eq!(decode_declared(b"Bamako \xE9t\xE9", Some("ISO-8859-1")).as_deref(), Ok("Bamako été"));
    }

    #[test]
    fn crlf_line_endings_stay() {
        assert_eq!(decode_text(b"Niger\r\nMali\r\n").as_deref(), Ok("Niger\r\nMali\r\n"));
    }

    #[test]
    fn binary_garbage_is_refused() {
        let garbage: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 256) as u8).collect();
        assert!(decode_text(&garbage).is_err());
    }
}
