//! CSS colours as the data may give them for a node (`"color"`): `#rgb`, `#rrggbb`, `rgb()`,
//! `hsl()` (commas or spaces; an alpha part is accepted and ignored: cells are opaque) and the
//! named colours of CSS Color 4. Parsed natively so that the CLI, Node and the browser accept
//! exactly the same data, and a typo is an error at its JSON path instead of a black cell.

/// `0xRRGGBB`, or `None` when `text` is not a CSS colour this reader knows.
pub fn parse_css_color(text: &str) -> Option<u32> {
    let t = text.trim().to_ascii_lowercase();
    if let Some(hex) = t.strip_prefix('#') {
        return parse_hex(hex);
    }
    if let Some(args) = function(&t, &["rgb", "rgba"]) {
        let [r, g, b] = channels(args)?;
        let c = |s: &str| -> Option<u32> {
            let v = match s.strip_suffix('%') {
                Some(p) => p.parse::<f64>().ok()? * 2.55,
                None => s.parse::<f64>().ok()?,
            };
            (v.is_finite() && (0.0..=255.0).contains(&v)).then(|| v.round() as u32)
        };
        return Some(c(r)? << 16 | c(g)? << 8 | c(b)?);
    }
    if let Some(args) = function(&t, &["hsl", "hsla"]) {
        let [h, s, l] = channels(args)?;
        let h = h.trim_end_matches("deg").parse::<f64>().ok().filter(|h| h.is_finite())?;
        let pct = |v: &str| v.strip_suffix('%').and_then(|p| p.parse::<f64>().ok()).filter(|p| (0.0..=100.0).contains(p)).map(|p| p / 100.0);
        return Some(hsl_to_rgb(h, pct(s)?, pct(l)?));
    }
    NAMED.iter().find(|(name, _)| *name == t).map(|(_, rgb)| *rgb)
}

fn parse_hex(hex: &str) -> Option<u32> {
    if !hex.chars().all(|c| c.is_ascii_hexdigit()) {
        return None;
    }
    let v = u32::from_str_radix(hex, 16).ok()?;
    match hex.len() {
        3 | 4 => {
            let v = if hex.len() == 4 { v >> 4 } else { v };
            let (r, g, b) = (v >> 8 & 0xF, v >> 4 & 0xF, v & 0xF);
            Some((r * 0x11) << 16 | (g * 0x11) << 8 | b * 0x11)
        }
        6 => Some(v),
        8 => Some(v >> 8),
        _ => None,
    }
}

/// The argument text of `name(…)` for one of `names`.
fn function<'a>(t: &'a str, names: &[&str]) -> Option<&'a str> {
    let (name, rest) = t.split_once('(')?;
    names.contains(&name.trim()).then_some(())?;
    rest.strip_suffix(')')
}

/// The first three channels of `1, 2, 3`, `1 2 3` or `1 2 3 / 0.5` (alpha ignored).
fn channels(args: &str) -> Option<[&str; 3]> {
    let colour = args.split('/').next()?;
    let mut parts = colour.split([',', ' ']).map(str::trim).filter(|p| !p.is_empty());
    let three = [parts.next()?, parts.next()?, parts.next()?];
    // A fourth comma-separated part is the legacy alpha; anything further is not a colour.
    parts.next();
    parts.next().is_none().then_some(three)
}

fn hsl_to_rgb(h: f64, s: f64, l: f64) -> u32 {
    let h = h.rem_euclid(360.0) / 360.0;
    let q = if l < 0.5 { l * (1.0 + s) } else { l + s - l * s };
    let p = 2.0 * l - q;
    let channel = |t: f64| {
        let t = t.rem_euclid(1.0);
        let v = if t < 1.0 / 6.0 {
            p + (q - p) * 6.0 * t
        } else if t < 0.5 {
            q
        } else if t < 2.0 / 3.0 {
            p + (q - p) * (2.0 / 3.0 - t) * 6.0
        } else {
            p
        };
        (v * 255.0).round().clamp(0.0, 255.0) as u32
    };
    channel(h + 1.0 / 3.0) << 16 | channel(h) << 8 | channel(h - 1.0 / 3.0)
}

/// CSS Color 4 named colours (`transparent` and `currentcolor` are not cell colours).
const NAMED: &[(&str, u32)] = &[
    ("aliceblue", 0xF0F8FF), ("antiquewhite", 0xFAEBD7), ("aqua", 0x00FFFF), ("aquamarine", 0x7FFFD4), ("azure", 0xF0FFFF),
    ("beige", 0xF5F5DC), ("bisque", 0xFFE4C4), ("black", 0x000000), ("blanchedalmond", 0xFFEBCD), ("blue", 0x0000FF),
    ("blueviolet", 0x8A2BE2), ("brown", 0xA52A2A), ("burlywood", 0xDEB887), ("cadetblue", 0x5F9EA0), ("chartreuse", 0x7FFF00),
    ("chocolate", 0xD2691E), ("coral", 0xFF7F50), ("cornflowerblue", 0x6495ED), ("cornsilk", 0xFFF8DC), ("crimson", 0xDC143C),
    ("cyan", 0x00FFFF), ("darkblue", 0x00008B), ("darkcyan", 0x008B8B), ("darkgoldenrod", 0xB8860B), ("darkgray", 0xA9A9A9),
    ("darkgreen", 0x006400), ("darkgrey", 0xA9A9A9), ("darkkhaki", 0xBDB76B), ("darkmagenta", 0x8B008B), ("darkolivegreen", 0x556B2F),
    ("darkorange", 0xFF8C00), ("darkorchid", 0x9932CC), ("darkred", 0x8B0000), ("darksalmon", 0xE9967A), ("darkseagreen", 0x8FBC8F),
    ("darkslateblue", 0x483D8B), ("darkslategray", 0x2F4F4F), ("darkslategrey", 0x2F4F4F), ("darkturquoise", 0x00CED1), ("darkviolet", 0x9400D3),
    ("deeppink", 0xFF1493), ("deepskyblue", 0x00BFFF), ("dimgray", 0x696969), ("dimgrey", 0x696969), ("dodgerblue", 0x1E90FF),
    ("firebrick", 0xB22222), ("floralwhite", 0xFFFAF0), ("forestgreen", 0x228B22), ("fuchsia", 0xFF00FF), ("gainsboro", 0xDCDCDC),
    ("ghostwhite", 0xF8F8FF), ("gold", 0xFFD700), ("goldenrod", 0xDAA520), ("gray", 0x808080), ("green", 0x008000),
    ("greenyellow", 0xADFF2F), ("grey", 0x808080), ("honeydew", 0xF0FFF0), ("hotpink", 0xFF69B4), ("indianred", 0xCD5C5C),
    ("indigo", 0x4B0082), ("ivory", 0xFFFFF0), ("khaki", 0xF0E68C), ("lavender", 0xE6E6FA), ("lavenderblush", 0xFFF0F5),
    ("lawngreen", 0x7CFC00), ("lemonchiffon", 0xFFFACD), ("lightblue", 0xADD8E6), ("lightcoral", 0xF08080), ("lightcyan", 0xE0FFFF),
    ("lightgoldenrodyellow", 0xFAFAD2), ("lightgray", 0xD3D3D3), ("lightgreen", 0x90EE90), ("lightgrey", 0xD3D3D3), ("lightpink", 0xFFB6C1),
    ("lightsalmon", 0xFFA07A), ("lightseagreen", 0x20B2AA), ("lightskyblue", 0x87CEFA), ("lightslategray", 0x778899), ("lightslategrey", 0x778899),
    ("lightsteelblue", 0xB0C4DE), ("lightyellow", 0xFFFFE0), ("lime", 0x00FF00), ("limegreen", 0x32CD32), ("linen", 0xFAF0E6),
    ("magenta", 0xFF00FF), ("maroon", 0x800000), ("mediumaquamarine", 0x66CDAA), ("mediumblue", 0x0000CD), ("mediumorchid", 0xBA55D3),
    ("mediumpurple", 0x9370DB), ("mediumseagreen", 0x3CB371), ("mediumslateblue", 0x7B68EE), ("mediumspringgreen", 0x00FA9A), ("mediumturquoise", 0x48D1CC),
    ("mediumvioletred", 0xC71585), ("midnightblue", 0x191970), ("mintcream", 0xF5FFFA), ("mistyrose", 0xFFE4E1), ("moccasin", 0xFFE4B5),
    ("navajowhite", 0xFFDEAD), ("navy", 0x000080), ("oldlace", 0xFDF5E6), ("olive", 0x808000), ("olivedrab", 0x6B8E23),
    ("orange", 0xFFA500), ("orangered", 0xFF4500), ("orchid", 0xDA70D6), ("palegoldenrod", 0xEEE8AA), ("palegreen", 0x98FB98),
    ("paleturquoise", 0xAFEEEE), ("palevioletred", 0xDB7093), ("papayawhip", 0xFFEFD5), ("peachpuff", 0xFFDAB9), ("peru", 0xCD853F),
    ("pink", 0xFFC0CB), ("plum", 0xDDA0DD), ("powderblue", 0xB0E0E6), ("purple", 0x800080), ("rebeccapurple", 0x663399),
    ("red", 0xFF0000), ("rosybrown", 0xBC8F8F), ("royalblue", 0x4169E1), ("saddlebrown", 0x8B4513), ("salmon", 0xFA8072),
    ("sandybrown", 0xF4A460), ("seagreen", 0x2E8B57), ("seashell", 0xFFF5EE), ("sienna", 0xA0522D), ("silver", 0xC0C0C0),
    ("skyblue", 0x87CEEB), ("slateblue", 0x6A5ACD), ("slategray", 0x708090), ("slategrey", 0x708090), ("snow", 0xFFFAFA),
    ("springgreen", 0x00FF7F), ("steelblue", 0x4682B4), ("tan", 0xD2B48C), ("teal", 0x008080), ("thistle", 0xD8BFD8),
    ("tomato", 0xFF6347), ("turquoise", 0x40E0D0), ("violet", 0xEE82EE), ("wheat", 0xF5DEB3), ("white", 0xFFFFFF),
    ("whitesmoke", 0xF5F5F5), ("yellow", 0xFFFF00), ("yellowgreen", 0x9ACD32),
];

#[cfg(test)]
mod tests {
    use super::parse_css_color as p;

    #[test]
    fn reads_the_css_forms_and_rejects_the_rest() {
        assert_eq!(p("#0072B2"), Some(0x0072B2));
        assert_eq!(p("#abc"), Some(0xAABBCC));
        assert_eq!(p("#abcd"), Some(0xAABBCC));
        assert_eq!(p("#0072b2ff"), Some(0x0072B2));
        assert_eq!(p("rgb(0, 114, 178)"), Some(0x0072B2));
        assert_eq!(p("rgb(0 114 178 / 50%)"), Some(0x0072B2));
        assert_eq!(p("rgba(100%, 0%, 0%, 0.5)"), Some(0xFF0000));
        assert_eq!(p("hsl(120, 100%, 25%)"), Some(0x008000));
        assert_eq!(p("hsl(0deg 100% 50%)"), Some(0xFF0000));
        assert_eq!(p(" RebeccaPurple "), Some(0x663399));
        for bad in ["", "#12345", "#ggg", "rgb(1,2)", "rgb(300,0,0)", "hsl(0, 120%, 50%)", "oops", "rgb(1,2,3,4,5)", "url(x)"] {
            assert_eq!(p(bad), None, "{bad}");
        }
    }
}
