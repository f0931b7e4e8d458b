//! The parsed JSON document that validation walks: a tree that borrows its strings from the
//! input text, and the parser that makes it.
//!
//! Why not `serde_json::Value`: it copies every string and keeps each object in a `BTreeMap`,
//! which made parsing 1e5 nodes take twice as long as the walk itself and shipped a B-tree in the
//! wasm. Objects here are short vectors of `(key, value)` in document order (nodes have at most
//! seven fields, so a linear `get` is faster than any map), and strings without escapes are
//! slices of the input. A repeated key is kept twice, so the walk can report it.

use std::borrow::Cow;
use std::fmt;

#[derive(Debug, PartialEq)]
pub enum Json<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    String(Cow<'a, str>),
    Array(Vec<Json<'a>>),
    Object(Object<'a>),
}

/// A JSON number as written: integers stay integers (an id of `7` is the string "7", not "7.0").
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    Int(i64),
    Uint(u64),
    Float(f64),
}

impl Number {
    pub fn as_f64(self) -> f64 {
        match self {
            Number::Int(i) => i as f64,
            Number::Uint(u) => u as f64,
            Number::Float(f) => f,
        }
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Number::Int(i) => i.fmt(f),
            Number::Uint(u) => u.fmt(f),
            Number::Float(x) => crate::decimal::Decimal(*x).fmt(f),
        }
    }
}

/// An object's fields in document order.
#[derive(Debug, PartialEq)]
pub struct Object<'a>(pub Vec<(Cow<'a, str>, Json<'a>)>);

impl<'a> Object<'a> {
    /// The first value under `key`.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| k.as_ref())
    }
}

impl<'a> Json<'a> {
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// The number this value is, if it is one.
    pub fn number(&self) -> Option<Number> {
        match *self {
            Json::Int(i) => Some(Number::Int(i)),
            Json::Uint(u) => Some(Number::Uint(u)),
            Json::Float(f) => Some(Number::Float(f)),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        self.number().map(Number::as_f64)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }
}

/// Where and why JSON text is not valid, in serde_json's words (`EOF while parsing a value at
/// line 1 column 5`); `too_deep` when arrays and objects nest past [`MAX_NESTING`].
#[derive(Debug, PartialEq)]
pub struct SyntaxError {
    pub message: &'static str,
    pub line: usize,
    pub column: usize,
    pub too_deep: bool,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at line {} column {}", self.message, self.line, self.column)
    }
}

/// Deepest nesting of arrays and objects the parser follows (serde_json's limit): recursion
/// stays bounded whatever the input.
pub const MAX_NESTING: usize = 128;

/// The document alone, for tests.
#[cfg(test)]
pub fn from_str(text: &str) -> Result<Json<'_>, SyntaxError> {
    counted(text).map(|(value, _)| value)
}

/// Parses JSON text (RFC 8259) into a borrowed [`Json`] tree.
///
/// Why our own parser, not serde_json's: the wasm needs nothing of serde_json but this, and
/// serde_json with its visitor, number tables and error texts was ~13 KB of the wasm against
/// ~5 KB here (docs/DESIGN.md, "Wasm size"). Numbers: integers are exact; a decimal with at
/// most 15 significant digits and a power of ten up to 22 either way is correctly rounded
/// (Clinger's fast path: a mantissa below 2^53 times an exact power of ten, one rounding), which
/// covers the data people type; longer mantissas are within two ulps, and past 10^±22 each
/// further step of 10^22 rounds once more (within 1e-14 relative at the ends of the range).
/// Also counts the document's objects (a tree reader reserves that many nodes).
pub fn counted(text: &str) -> Result<(Json<'_>, usize), SyntaxError> {
    let mut p = Parser { text, bytes: text.as_bytes(), at: 0, depth: 0, objects: 0 };
    let value = p.value()?;
    p.skip_space();
    if p.at < p.bytes.len() {
        return Err(p.error("trailing characters"));
    }
    Ok((value, p.objects))
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    depth: usize,
    objects: usize,
}

impl<'a> Parser<'a> {
    fn error(&self, message: &'static str) -> SyntaxError {
        self.error_at(self.at, message)
    }

    /// Line and column (both from 1; the column counts bytes, as serde_json's does) of byte `at`.
    fn error_at(&self, at: usize, message: &'static str) -> SyntaxError {
        let before = self.bytes.get(..at).unwrap_or(self.bytes);
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
        SyntaxError { message, line, column: before.len() - line_start + 1, too_deep: message == TOO_DEEP }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Result<Json<'a>, SyntaxError> {
        self.skip_space();
        match self.peek() {
            None => Err(self.error("EOF while parsing a value")),
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => Ok(Json::String(self.string()?)),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => Ok(match self.number()? {
                Number::Int(i) => Json::Int(i),
                Number::Uint(u) => Json::Uint(u),
                Number::Float(f) => Json::Float(f),
            }),
            Some(_) => Err(self.error("expected value")),
        }
    }

    fn word(&mut self, word: &'static str, value: Json<'a>) -> Result<Json<'a>, SyntaxError> {
        let end = self.at + word.len();
        if self.bytes.get(self.at..end) == Some(word.as_bytes()) {
            self.at = end;
            Ok(value)
        } else {
            Err(self.error("expected ident"))
        }
    }

    /// An array or object one level deeper, refused past [`MAX_NESTING`].
    fn nested(&mut self, parse: fn(&mut Self) -> Result<Json<'a>, SyntaxError>) -> Result<Json<'a>, SyntaxError> {
        if self.depth >= MAX_NESTING {
            return Err(self.error(TOO_DEEP));
        }
        self.depth += 1;
        self.at += 1; // the opening bracket
        let value = parse(self);
        self.depth -= 1;
        value
    }

    /// After `[`: values separated by commas up to `]`.
    fn array(&mut self) -> Result<Json<'a>, SyntaxError> {
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    // Exact sizes (the allocator shrinks in place): a grown Vec keeps up to
                    // half again, and the document is the parse's memory peak.
                    items.shrink_to_fit();
                    return Ok(Json::Array(items));
                }
                None => return Err(self.error("EOF while parsing a list")),
                Some(_) => return Err(self.error("expected `,` or `]`")),
            }
            self.skip_space();
            if self.peek() == Some(b']') {
                return Err(self.error("trailing comma"));
            }
        }
    }

    /// After `{`: `"key": value` pairs separated by commas up to `}`.
    fn object(&mut self) -> Result<Json<'a>, SyntaxError> {
        self.objects += 1;
        let mut fields = Vec::with_capacity(4);
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(Object(fields)));
        }
        loop {
            self.skip_space();
            match self.peek() {
                Some(b'"') => {}
                Some(b'}') => return Err(self.error("trailing comma")),
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("key must be a string")),
            }
            let key = self.string()?;
            self.skip_space();
            match self.peek() {
                Some(b':') => self.at += 1,
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `:`")),
            }
            fields.push((key, self.value()?));
            self.skip_space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    fields.shrink_to_fit();
                    return Ok(Json::Object(Object(fields)));
                }
                None => return Err(self.error("EOF while parsing an object")),
                Some(_) => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    /// At `"`: the string, borrowed from the input when it has no escapes.
    fn string(&mut self) -> Result<Cow<'a, str>, SyntaxError> {
        self.at += 1;
        let start = self.at;
        let mut owned: Option<String> = None;
        let mut run = start; // start of the text not yet copied into `owned`
        loop {
            match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b'"') => {
                    let rest = self.text.get(run..self.at).unwrap_or("");
                    self.at += 1;
                    return Ok(match owned {
                        None => Cow::Borrowed(rest),
                        Some(mut s) => {
                            s.push_str(rest);
                            Cow::Owned(s)
                        }
                    });
                }
                Some(b'\\') => {
                    let s = owned.get_or_insert_with(String::new);
                    s.push_str(self.text.get(run..self.at).unwrap_or(""));
                    self.at += 1;
                    let c = self.escape()?;
                    owned.get_or_insert_with(String::new).push(c);
                    run = self.at;
                }
                Some(0..=0x1f) => return Err(self.error("control character (\\u0000-\\u001F) found while parsing a string")),
                Some(_) => self.at += 1, // UTF-8 continuation bytes are never `"` or `\`
            }
        }
    }

    /// After `\`: the escaped character (a surrogate pair of `\u` escapes is one character).
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let Some(b) = self.peek() else { return Err(self.error("EOF while parsing a string")) };
        self.at += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                if (0xDC00..0xE000).contains(&first) {
                    return Err(self.error("lone trailing surrogate in hex escape"));
                }
                if (0xD800..0xDC00).contains(&first) {
                    if self.bytes.get(self.at..self.at + 2) != Some(b"\\u") {
                        return Err(self.error("lone leading surrogate in hex escape"));
                    }
                    self.at += 2;
                    let second = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&second) {
                        return Err(self.error("lone leading surrogate in hex escape"));
                    }
                    let c = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                    return char::from_u32(c).ok_or_else(|| self.error("invalid unicode code point"));
                }
                return char::from_u32(first).ok_or_else(|| self.error("invalid unicode code point"));
            }
            _ => return Err(self.error_at(self.at - 1, "invalid escape")),
        })
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut n = 0;
        for _ in 0..4 {
            let digit = match self.peek() {
                None => return Err(self.error("EOF while parsing a string")),
                Some(b) => (b as char).to_digit(16).ok_or_else(|| self.error("invalid escape"))?,
            };
            n = n * 16 + digit;
            self.at += 1;
        }
        Ok(n)
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<Number, SyntaxError> {
        let negative = self.eat(b'-');
        // The number is mantissa × 10^exp10; the mantissa keeps the first 18 significant digits
        // (later integer digits only raise the power of ten, later fraction digits are dropped).
        let (mut mantissa, mut kept) = (0u64, 0u32);
        let leading_zero = self.peek() == Some(b'0');
        let int_digits = self.digits(&mut mantissa, &mut kept);
        if int_digits == 0 || (leading_zero && int_digits > 1) {
            return Err(self.error("invalid number"));
        }
        let mut exp10 = i64::from(int_digits - kept.min(int_digits));
        let mut whole = true;
        if self.eat(b'.') {
            whole = false;
            let before = kept;
            if self.digits(&mut mantissa, &mut kept) == 0 {
                return Err(self.error("invalid number"));
            }
            exp10 -= i64::from(kept - before);
        }
        if self.eat(b'e') || self.eat(b'E') {
            whole = false;
            let sign = if self.eat(b'-') { -1 } else { self.eat(b'+'); 1 };
            let mut e: i64 = 0;
            let start = self.at;
            while let Some(b @ b'0'..=b'9') = self.peek() {
                e = (e * 10 + i64::from(b - b'0')).min(1 << 40); // far beyond any f64
                self.at += 1;
            }
            if self.at == start {
                return Err(self.error("invalid number"));
            }
            exp10 += sign * e;
        }
        if whole && exp10 == 0 {
            if !negative {
                return Ok(Number::Uint(mantissa));
            }
            if mantissa <= 1 << 63 {
                return Ok(Number::Int((mantissa as i64).wrapping_neg()));
            }
        }
        let magnitude = if mantissa == 0 { 0.0 } else { to_f64(mantissa, exp10) };
        if magnitude.is_infinite() {
            return Err(self.error("number out of range"));
        }
        Ok(Number::Float(if negative { -magnitude } else { magnitude }))
    }

    /// A run of digits, each joining `mantissa` while it stays below 10^18 (`kept` counts the
    /// digits taken; a fraction's leading zeros are taken too, as each still divides by ten).
    /// Returns the run's length.
    fn digits(&mut self, mantissa: &mut u64, kept: &mut u32) -> u32 {
        let mut n = 0;
        while let Some(b @ b'0'..=b'9') = self.peek() {
            self.at += 1;
            n += 1;
            if *mantissa < 100_000_000_000_000_000 {
                *mantissa = *mantissa * 10 + u64::from(b - b'0');
                *kept += 1;
            }
        }
        n
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.at += 1;
        }
        found
    }
}

const TOO_DEEP: &str = "recursion limit exceeded";

/// mantissa × 10^exp10 as the nearest f64 when the mantissa fits in 53 bits and the power is
/// exact (|exp10| ≤ 22, one correctly rounded operation); otherwise within two ulps.
fn to_f64(mantissa: u64, exp10: i64) -> f64 {
    // Past these the result is 0 or infinite whatever the mantissa (at most 19 digits).
    if exp10 < -400 {
        return 0.0;
    }
    if exp10 > 330 {
        return f64::INFINITY;
    }
    crate::decimal::scale(mantissa as f64, exp10 as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_without_escapes_borrow_from_the_input() {
        let text = r#"{"name": "plain", "note": "with \"escape\"", "n": [1, -2, 2.5, null, true]}"#;
        let Json::Object(o) = from_str(text).expect("valid") else { panic!("an object") };
        assert!(matches!(o.get("name"), Some(Json::String(Cow::Borrowed("plain")))));
        assert!(matches!(o.get("note"), Some(Json::String(Cow::Owned(s))) if s == "with \"escape\""));
        let Some(Json::Array(n)) = o.get("n") else { panic!("an array") };
        assert_eq!(n[..3], [Json::Uint(1), Json::Int(-2), Json::Float(2.5)]);
        assert_eq!(n[3..], [Json::Null, Json::Bool(true)]);
    }

    #[test]
    fn repeated_keys_are_kept_and_trailing_text_is_an_error() {
        let Json::Object(o) = from_str(r#"{"a": 1, "a": 2}"#).expect("valid") else { panic!("an object") };
        assert_eq!(o.keys().collect::<Vec<_>>(), ["a", "a"]);
        assert!(from_str("{} x").is_err());
    }

    /// Our tree for `text`, next to serde_json's `Value` for the same text.
    fn same_as_serde(text: &str) {
        let ours = from_str(text).map_err(|e| e.to_string());
        let theirs: Result<serde_json::Value, _> = serde_json::from_str(text);
        match (ours, theirs) {
            (Ok(a), Ok(b)) => assert!(agrees(&a, &b), "{text}: {a:?} vs {b:?}"),
            (Err(_), Err(_)) => {}
            (a, b) => panic!("{text}: ours {a:?}, serde_json {b:?}"),
        }
    }

    fn agrees(a: &Json, b: &serde_json::Value) -> bool {
        use serde_json::Value as V;
        match (a, b) {
            (Json::Null, V::Null) => true,
            (Json::Bool(x), V::Bool(y)) => x == y,
            (n @ (Json::Int(_) | Json::Uint(_) | Json::Float(_)), V::Number(m)) => match m.as_f64() {
                // Exact within the fast path; past 10^±22 each step of 10^22 rounds once more.
                Some(y) => n.as_f64().is_some_and(|x| x == y || (x / y - 1.0).abs() < 1e-14),
                None => false,
            },
            (Json::String(x), V::String(y)) => x == y,
            (Json::Array(x), V::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| agrees(a, b)),
            (Json::Object(o), V::Object(m)) => o.0.len() == m.len() && o.0.iter().all(|(k, v)| m.get(k.as_ref()).is_some_and(|w| agrees(v, w))),
            _ => false,
        }
    }

    #[test]
    fn reads_what_serde_json_reads_and_refuses_what_it_refuses() {
        for text in [
            "0", "-0", "7", "-7", "18446744073709551615", "-9223372036854775808", "123456789012345678901234",
            "0.1", "2.5e3", "1E-7", "-1.25e+2", "1e308", "5e-324", "1e-400", "3.141592653589793238462643",
            "\"\"", r#""a\"b\\c\/d\b\f\n\r\t""#, r#""\u00e9\u4e2d\ud83d\ude00""#, "\"中文 ✓\"",
            "[]", "[1, [2, [3]], {}]", r#"{"a": {"b": [true, false, null]}}"#, " \n\t{ } \r\n",
            // refused by both
            "", " ", "01", "1.", ".5", "-", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "1e999", "[1,]", "[1 2]",
            r#"{"a" 1}"#, r#"{"a": 1,}"#, "{1: 2}", "{\"a\": 1", "[", "\"abc", "\"a\u{1}b\"", r#""\x""#,
            r#""\ud800""#, r#""\udc00""#, r#""\ud800\u0041""#, "tru", "nul", "true false", "[] x",
        ] {
            same_as_serde(text);
        }
    }

    #[test]
    fn short_decimals_are_correctly_rounded() {
        for (mantissa, _, bits) in crate::decimal::short_decimals(0x2545_F491_4F6C_DD1D, 20_000) {
            let exp = (bits % 45) as i32 - 22;
            let text = format!("{mantissa}.5e{exp}");
            let Some(n) = from_str(&text).ok().and_then(|j| j.number()) else { panic!("{text}") };
            // `digits + 1` significant digits: inside the fast path while the mantissa < 2^53.
            if mantissa * 10 + 5 < 1 << 53 && (-22..=22).contains(&(exp - 1)) {
                assert_eq!(n.as_f64(), text.parse::<f64>().expect("std"), "{text}");
            }
        }
    }

    #[test]
    fn errors_say_where() {
        let e = from_str("{\n  \"a\": [1, 2,, 3]\n}").expect_err("invalid");
        assert_eq!((e.message, e.line, e.column), ("expected value", 2, 14));
        assert_eq!(from_str("[1, 2").expect_err("eof").to_string(), "EOF while parsing a list at line 1 column 6");
        let deep = "[".repeat(MAX_NESTING + 1);
        assert!(from_str(&deep).expect_err("too deep").too_deep);
        assert!(matches!(from_str(&"[".repeat(MAX_NESTING)), Err(SyntaxError { too_deep: false, .. })));
    }

    /// Any JSON value serde_json writes (nested arrays and objects, any strings with their
    /// escapes, integers and shortest-form floats) reads back as the same value.
    #[cfg(not(target_arch = "wasm32"))]
    mod differential {
        use super::*;
        use proptest::prelude::*;
        use serde_json::Value;

        fn value() -> impl Strategy<Value = Value> {
            let leaf = prop_oneof![
                Just(Value::Null),
                any::<bool>().prop_map(Value::Bool),
                any::<i64>().prop_map(Value::from),
                any::<u64>().prop_map(Value::from),
                any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
                ".{0,12}".prop_map(Value::String),
            ];
            leaf.prop_recursive(4, 48, 6, |inner| {
                prop_oneof![
                    proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                    proptest::collection::btree_map(".{0,6}", inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
                ]
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2000))]
            #[test]
            fn reads_back_whatever_serde_json_writes(v in value(), pretty in any::<bool>()) {
                let text = if pretty { serde_json::to_string_pretty(&v) } else { serde_json::to_string(&v) }.expect("serialises");
                let ours = from_str(&text).map_err(|e| e.to_string());
                prop_assert!(ours.as_ref().is_ok_and(|j| agrees(j, &v)), "{text}: {ours:?}");
            }

            #[test]
            fn accepts_and_refuses_what_serde_json_does(text in r#"[\[\]{}",: 0-9.eE+\-tfrueanl\\u]{0,24}"#) {
                same_as_serde(&text);
            }
        }
    }
}
// Numbers are variants of their own, not one `Number` inside: a nested enum's tag made every
// value 24 bytes in wasm32, and the document is the parse's memory peak.
#[cfg(target_arch = "wasm32")]
const _: () = assert!(std::mem::size_of::<Json>() == 16);
