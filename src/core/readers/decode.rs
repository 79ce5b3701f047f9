//! Turning a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252.

/// Decodes bytes to text, or says why they are not text.
pub fn decode_text(bytes: &[u8]) -> Result<String, String> {
    if looks_binary(bytes) {
        return Err("binary data, not text".to_owned());
    }
    let (encoding, bom_length) = encoding_rs::Encoding::for_bom(bytes).unwrap_or((encoding_rs::UTF_8, 0));
    let body = &bytes[bom_length..];
    if encoding == encoding_rs::UTF_8 {
        if let Ok(text) = std::str::from_utf8(body) {
            return Ok(text.to_owned());
        }
        // Not UTF-8: the commonest other encoding of Western news text.
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(body);
        return Ok(text.into_owned());
    }
    let (text, _) = encoding.decode_without_bom_handling(body);
    Ok(text.into_owned())
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
    fn binary_garbage_is_refused() {
        let garbage: Vec<u8> = (0..2000u32).map(|i| (i * 7 % 256) as u8).collect();
        assert!(decode_text(&garbage).is_err());
    }
}
