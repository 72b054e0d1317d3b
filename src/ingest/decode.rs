//! Turning a file's bytes into text.
//!
//! In: the bytes of a file that claims to be text. Out: its text — UTF-8
//! (a byte-order mark dropped), UTF-16 (with a byte-order mark, or without
//! one when every other byte is zero), or UTF-32 with a byte-order mark — or, for a
//! file that is not text at all (an image, a PDF, a word-processor file, any
//! file with NUL bytes), what kind of file it seems to be. UTF-8 with bad
//! bytes is neither: the caller reports where the first bad byte is.

/// What a file's bytes turned out to hold.
#[derive(Debug, Clone, PartialEq)]
pub enum Decoded {
    Text(String),
    /// Not text; the description fits "it is ___, not text".
    NotText(&'static str),
    /// Meant as UTF-8 text, but byte `offset` (on line `line`) is not UTF-8.
    BadUtf8 {
        line: usize,
        offset: usize,
    },
}

/// File signatures, and what to call a file that starts with one.
const SIGNATURES: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (
        b"PK\x03\x04",
        "a zip archive (perhaps a .docx or .odt document)",
    ),
    (b"\xD0\xCF\x11\xE0", "an old Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
];

/// The text in `bytes`, or what kind of file they are instead.
pub fn decode(bytes: Vec<u8>) -> Decoded {
    if let Some((_, kind)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Decoded::NotText(kind);
    }
    if let Some(text) = utf32(&bytes).or_else(|| utf16(&bytes)) {
        return Decoded::Text(text);
    }
    if bytes.contains(&0) {
        return Decoded::NotText("a binary file");
    }
    match String::from_utf8(bytes) {
        Ok(text) => Decoded::Text(match text.strip_prefix('\u{FEFF}') {
            Some(rest) => rest.to_string(),
            None => text,
        }),
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            Decoded::BadUtf8 {
                line: super::line_of(e.as_bytes(), offset),
                offset,
            }
        }
    }
}

/// UTF-32 text that starts with a byte-order mark; invalid code points
/// become U+FFFD.
fn utf32(bytes: &[u8]) -> Option<String> {
    let from_quad: fn([u8; 4]) -> u32 = match bytes {
        [0xFF, 0xFE, 0, 0, ..] => u32::from_le_bytes,
        [0, 0, 0xFE, 0xFF, ..] => u32::from_be_bytes,
        _ => return None,
    };
    let text = bytes[4..]
        .chunks_exact(4)
        .map(|quad| from_quad([quad[0], quad[1], quad[2], quad[3]]))
        .map(|unit| char::from_u32(unit).unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    Some(text)
}

/// UTF-16 text (as Windows tools save "Unicode" text): with a byte-order
/// mark, or without one when nearly every other byte is zero, as in English
/// text. Invalid code units become U+FFFD.
fn utf16(bytes: &[u8]) -> Option<String> {
    let (from_pair, start): (fn([u8; 2]) -> u16, usize) = match bytes {
        [0xFF, 0xFE, ..] => (u16::from_le_bytes, 2),
        [0xFE, 0xFF, ..] => (u16::from_be_bytes, 2),
        _ if latin_utf16(bytes, 1) => (u16::from_le_bytes, 0),
        _ if latin_utf16(bytes, 0) => (u16::from_be_bytes, 0),
        _ => return None,
    };
    let units: Vec<u16> = bytes[start..]
        .chunks_exact(2)
        .map(|pair| from_pair([pair[0], pair[1]]))
        .collect();
    Some(String::from_utf16_lossy(&units))
}

/// Whether `bytes` look like UTF-16 Latin text whose high bytes stand at
/// `high` (1: little-endian, 0: big-endian): nearly all high bytes zero,
/// nearly no low byte zero.
fn latin_utf16(bytes: &[u8], high: usize) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    let zeros = |start: usize| {
        let half: Vec<u8> = sample.iter().skip(start).step_by(2).copied().collect();
        (half.iter().filter(|&&b| b == 0).count(), half.len())
    };
    let (high_zeros, highs) = zeros(high);
    let (low_zeros, lows) = zeros(1 - high);
    highs >= 8 && high_zeros * 10 >= highs * 9 && low_zeros * 10 <= lows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_text_loses_only_its_byte_order_mark() {
        assert_eq!(
            decode("\u{FEFF}Привет, мир".as_bytes().to_vec()),
            Decoded::Text("Привет, мир".to_string())
        );
    }

    #[test]
    fn utf16_with_a_byte_order_mark_is_text() {
        let text = "Ein Baum — ελιά";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(le), Decoded::Text(text.to_string()));
        assert_eq!(decode(be), Decoded::Text(text.to_string()));
    }

    #[test]
    fn utf16_without_a_mark_and_utf32_with_one_are_text() {
        let text = "The harbour opened in 1794.";
        let bare: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(bare), Decoded::Text(text.to_string()));
        let bare_be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(bare_be), Decoded::Text(text.to_string()));
        let utf32: Vec<u8> = [0xFF, 0xFE, 0, 0]
            .into_iter()
            .chain(text.chars().flat_map(|c| (c as u32).to_le_bytes()))
            .collect();
        assert_eq!(decode(utf32), Decoded::Text(text.to_string()));
    }

    #[test]
    fn images_documents_and_nul_bytes_are_not_text() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
            Decoded::NotText("a PNG image")
        );
        assert_eq!(
            decode(b"%PDF-1.7\n".to_vec()),
            Decoded::NotText("a PDF document")
        );
        assert_eq!(
            decode(b"plain\0text".to_vec()),
            Decoded::NotText("a binary file")
        );
        assert_eq!(decode(vec![0; 64]), Decoded::NotText("a binary file"));
    }

    #[test]
    fn a_bad_byte_is_located() {
        assert_eq!(
            decode(b"one\ntwo \xE9t\xE9\n".to_vec()),
            Decoded::BadUtf8 { line: 2, offset: 8 }
        );
    }
}
