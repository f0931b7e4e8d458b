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
                Some(p) => decimal(p)? * 2.55,
                None => decimal(s)?,
            };
            (v.is_finite() && (0.0..=255.0).contains(&v)).then(|| v.round() as u32)
        };
        return Some(c(r)? << 16 | c(g)? << 8 | c(b)?);
    }
    if let Some(args) = function(&t, &["hsl", "hsla"]) {
        let [h, s, l] = channels(args)?;
        let h = h.strip_suffix("deg").unwrap_or(h);
        let h = match h.strip_prefix('-') {
            Some(n) => -decimal(n)?,
            None => decimal(h)?,
        };
        let pct = |v: &str| v.strip_suffix('%').and_then(decimal).filter(|p| (0.0..=100.0).contains(p)).map(|p| p / 100.0);
        return Some(hsl_to_rgb(h, pct(s)?, pct(l)?));
    }
    NAMES.split(',').position(|name| name == t).and_then(|i| VALUES.get(i).copied())
}

/// `12`, `12.5` or `.5`: digits with at most one point. Written out because `str::parse::<f64>`
/// links the standard float parser and its tables (about 15 KB of wasm) for colour channels.
fn decimal(text: &str) -> Option<f64> {
    let (int, frac) = text.split_once('.').unwrap_or((text, ""));
    if int.len() + frac.len() == 0 || int.len() > 6 || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let digits = |s: &str| s.bytes().fold(0.0, |v, b| v * 10.0 + (b - b'0') as f64);
    Some(digits(int) + digits(frac) / 10f64.powi(frac.len().min(300) as i32))
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
    let mut parts = colour.split(|c| c == ',' || c == ' ').filter(|p| !p.is_empty());
    let three = [parts.next()?, parts.next()?, parts.next()?];
    // A fourth comma-separated part is the legacy alpha; anything further is not a colour.
    parts.next();
    parts.next().is_none().then_some(three)
}

fn hsl_to_rgb(h: f64, s: f64, l: f64) -> u32 {
    let h = h / 360.0 - (h / 360.0).floor(); // in [0, 1): `rem_euclid` would link libm's fmod
    let q = if l < 0.5 { l * (1.0 + s) } else { l + s - l * s };
    let p = 2.0 * l - q;
    let channel = |t: f64| {
        let t = t - t.floor();
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
/// CSS Color 4 named colours (`transparent` and `currentcolor` are not cell colours), as one
/// comma-separated list beside their values (a table of `&str`s costs 8 bytes a name more).
const NAMES: &str = concat!(
    "aliceblue,antiquewhite,aqua,aquamarine,azure,beige,bisque,black,blanchedalmond,blue,blueviolet,brown,",
    "burlywood,cadetblue,chartreuse,chocolate,coral,cornflowerblue,cornsilk,crimson,cyan,darkblue,",
    "darkcyan,darkgoldenrod,darkgray,darkgreen,darkgrey,darkkhaki,darkmagenta,darkolivegreen,darkorange,",
    "darkorchid,darkred,darksalmon,darkseagreen,darkslateblue,darkslategray,darkslategrey,darkturquoise,",
    "darkviolet,deeppink,deepskyblue,dimgray,dimgrey,dodgerblue,firebrick,floralwhite,forestgreen,fuchsia,",
    "gainsboro,ghostwhite,gold,goldenrod,gray,green,greenyellow,grey,honeydew,hotpink,indianred,indigo,",
    "ivory,khaki,lavender,lavenderblush,lawngreen,lemonchiffon,lightblue,lightcoral,lightcyan,",
    "lightgoldenrodyellow,lightgray,lightgreen,lightgrey,lightpink,lightsalmon,lightseagreen,lightskyblue,",
    "lightslategray,lightslategrey,lightsteelblue,lightyellow,lime,limegreen,linen,magenta,maroon,",
    "mediumaquamarine,mediumblue,mediumorchid,mediumpurple,mediumseagreen,mediumslateblue,",
    "mediumspringgreen,mediumturquoise,mediumvioletred,midnightblue,mintcream,mistyrose,moccasin,",
    "navajowhite,navy,oldlace,olive,olivedrab,orange,orangered,orchid,palegoldenrod,palegreen,",
    "paleturquoise,palevioletred,papayawhip,peachpuff,peru,pink,plum,powderblue,purple,rebeccapurple,red,",
    "rosybrown,royalblue,saddlebrown,salmon,sandybrown,seagreen,seashell,sienna,silver,skyblue,slateblue,",
    "slategray,slategrey,snow,springgreen,steelblue,tan,teal,thistle,tomato,turquoise,violet,wheat,white,",
    "whitesmoke,yellow,yellowgreen",
);
const VALUES: [u32; 148] = [
    0xF0F8FF, 0xFAEBD7, 0x00FFFF, 0x7FFFD4, 0xF0FFFF, 0xF5F5DC, 0xFFE4C4, 0x000000, 0xFFEBCD, 0x0000FF,
    0x8A2BE2, 0xA52A2A, 0xDEB887, 0x5F9EA0, 0x7FFF00, 0xD2691E, 0xFF7F50, 0x6495ED, 0xFFF8DC, 0xDC143C,
    0x00FFFF, 0x00008B, 0x008B8B, 0xB8860B, 0xA9A9A9, 0x006400, 0xA9A9A9, 0xBDB76B, 0x8B008B, 0x556B2F,
    0xFF8C00, 0x9932CC, 0x8B0000, 0xE9967A, 0x8FBC8F, 0x483D8B, 0x2F4F4F, 0x2F4F4F, 0x00CED1, 0x9400D3,
    0xFF1493, 0x00BFFF, 0x696969, 0x696969, 0x1E90FF, 0xB22222, 0xFFFAF0, 0x228B22, 0xFF00FF, 0xDCDCDC,
    0xF8F8FF, 0xFFD700, 0xDAA520, 0x808080, 0x008000, 0xADFF2F, 0x808080, 0xF0FFF0, 0xFF69B4, 0xCD5C5C,
    0x4B0082, 0xFFFFF0, 0xF0E68C, 0xE6E6FA, 0xFFF0F5, 0x7CFC00, 0xFFFACD, 0xADD8E6, 0xF08080, 0xE0FFFF,
    0xFAFAD2, 0xD3D3D3, 0x90EE90, 0xD3D3D3, 0xFFB6C1, 0xFFA07A, 0x20B2AA, 0x87CEFA, 0x778899, 0x778899,
    0xB0C4DE, 0xFFFFE0, 0x00FF00, 0x32CD32, 0xFAF0E6, 0xFF00FF, 0x800000, 0x66CDAA, 0x0000CD, 0xBA55D3,
    0x9370DB, 0x3CB371, 0x7B68EE, 0x00FA9A, 0x48D1CC, 0xC71585, 0x191970, 0xF5FFFA, 0xFFE4E1, 0xFFE4B5,
    0xFFDEAD, 0x000080, 0xFDF5E6, 0x808000, 0x6B8E23, 0xFFA500, 0xFF4500, 0xDA70D6, 0xEEE8AA, 0x98FB98,
    0xAFEEEE, 0xDB7093, 0xFFEFD5, 0xFFDAB9, 0xCD853F, 0xFFC0CB, 0xDDA0DD, 0xB0E0E6, 0x800080, 0x663399,
    0xFF0000, 0xBC8F8F, 0x4169E1, 0x8B4513, 0xFA8072, 0xF4A460, 0x2E8B57, 0xFFF5EE, 0xA0522D, 0xC0C0C0,
    0x87CEEB, 0x6A5ACD, 0x708090, 0x708090, 0xFFFAFA, 0x00FF7F, 0x4682B4, 0xD2B48C, 0x008080, 0xD8BFD8,
    0xFF6347, 0x40E0D0, 0xEE82EE, 0xF5DEB3, 0xFFFFFF, 0xF5F5F5, 0xFFFF00, 0x9ACD32,
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
        assert_eq!((p("aliceblue"), p("yellowgreen")), (Some(0xF0F8FF), Some(0x9ACD32)), "first and last names");
        assert_eq!(super::NAMES.split(',').count(), super::VALUES.len());
        assert_eq!(p("rgb(0.4, 113.6, 178)"), Some(0x0072B2));
        assert_eq!(p("hsl(-240, 100%, 50%)"), Some(0x00FF00));
        for bad in ["", "#12345", "#ggg", "rgb(1,2)", "rgb(1e2,0,0)", "rgb(.,0,0)", "rgb(300,0,0)", "hsl(0, 120%, 50%)", "oops", "rgb(1,2,3,4,5)", "url(x)"] {
            assert_eq!(p(bad), None, "{bad}");
        }
    }
}
