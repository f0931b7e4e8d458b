//! Colours: the tier palette (Okabe–Ito, designed to stay distinguishable with the common
//! colour-vision deficiencies), shading toward white, and legible text colour by contrast.

use crate::num::Clamped;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// How many tier colours a theme has; tiers beyond them repeat from the first.
pub const PALETTE_SIZE: usize = 12;

/// Tier colours for light backgrounds: Okabe & Ito's (2008) seven categorical colours, designed
/// to stay distinguishable with the common colour-vision deficiencies, in the order tiers take
/// them, then darker variants and an indigo (told apart from the first seven by lightness). Each keeps
/// 4.5:1 with dark or white labels at every shade the treemap draws (a unit test checks).
pub const TIER_PALETTE: [Color; PALETTE_SIZE] = [
    Color::hex(0x0072B2), // blue
    Color::hex(0xE69F00), // orange
    Color::hex(0x009E73), // bluish green
    Color::hex(0xCC79A7), // reddish purple
    Color::hex(0xD55E00), // vermillion
    Color::hex(0x56B4E9), // sky blue
    Color::hex(0xF0E442), // yellow
    Color::hex(0x03486F), // navy
    Color::hex(0x9A6700), // ochre
    Color::hex(0x005F45), // forest
    Color::hex(0x914F77), // plum
    Color::hex(0x5A499C), // indigo
];

/// Tier colours for dark backgrounds: the same hues, lighter, so cells stay bright instead of
/// turning muddy when toned toward the dark background (orange stays orange, not brown).
pub const DARK_TIER_PALETTE: [Color; PALETTE_SIZE] = [
    Color::hex(0x4BA3E3), // blue
    Color::hex(0xF5B236), // orange
    Color::hex(0x2DC296), // bluish green
    Color::hex(0xE092C0), // reddish purple
    Color::hex(0xF07B3C), // vermillion
    Color::hex(0x8FD0F5), // sky blue
    Color::hex(0xE6DA68), // yellow
    Color::hex(0x7E9CF0), // periwinkle
    Color::hex(0xD4A85A), // tan
    Color::hex(0x7FD6B0), // mint
    Color::hex(0xB98BE0), // lilac
    Color::hex(0xA8C464), // olive
];

/// ColorBrewer's sequential Blues (single hue, so it reads in order with any colour vision),
/// stopped at #4292C6: darker blues have under 4.5:1 contrast with both dark and white text,
/// so labels on them could not be read.
pub const BLUES: [Color; 5] = [Color::hex(0xF7FBFF), Color::hex(0xC6DBEF), Color::hex(0x9ECAE1), Color::hex(0x6BAED6), Color::hex(0x4292C6)];

/// The sequential scale at `t` in [0, 1], interpolated between the stops of [`BLUES`].
pub fn sequential(t: f64) -> Color {
    let t = t.clamped(0.0, 1.0) * (BLUES.len() - 1) as f64;
    let i = (t.floor() as usize).min(BLUES.len() - 2);
    BLUES[i].mix(BLUES[i + 1], t - i as f64)
}

/// The colours a widget is drawn in. The light theme is the default; the elements read a theme
/// from CSS custom properties (see the README's theming section).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    pub background: Color,
    /// Titles and labels on the background.
    pub text: Color,
    /// Secondary text: subtitles, sources, captions.
    pub muted: Color,
    /// The empty scale of a gauge.
    pub track: Color,
    /// Tier colours, in order.
    pub palette: [Color; PALETTE_SIZE],
    /// Forced colours (Windows high contrast): the system's `Highlight`. Every cell is then the
    /// background outlined in the text colour (the system's `Canvas` and `CanvasText`), and the
    /// focus ring and a gauge's progress take this colour; no palette colour is drawn.
    pub forced: Option<Color>,
}

impl Theme {
    pub const LIGHT: Theme = Theme {
        background: Color::WHITE,
        text: Color::INK,
        muted: Color::MUTED,
        track: Color::hex(0xE4E4E4),
        palette: TIER_PALETTE,
        forced: None,
    };

    pub const DARK: Theme = Theme {
        background: Color::hex(0x161616),
        text: Color::hex(0xEDEDED),
        muted: Color::hex(0xB4B4B4),
        track: Color::hex(0x3A3A3A),
        palette: DARK_TIER_PALETTE,
        forced: None,
    };

    /// A cell's fill: the tier colour toward the background by `t` (lighter on light themes,
    /// deeper on dark ones, so borders and labels keep their contrast).
    pub fn tint(&self, base: Color, t: f64) -> Color {
        base.mix(self.background, t)
    }

    /// A dark theme is one whose background is darker than its text.
    pub fn is_dark(&self) -> bool {
        self.background.luminance() < self.text.luminance()
    }

    /// The theme's default for these background and text colours: dark or light.
    pub fn for_background(background: Color, text: Color) -> Theme {
        let dark = Theme { background, text, ..Theme::DARK };
        if dark.is_dark() {
            dark
        } else {
            Theme { background, text, ..Theme::LIGHT }
        }
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::LIGHT
    }
}

/// x^2.4 for x in (0, 1]: x² · y with y = x^0.4 the root of y⁵ = x², by Newton's method from
/// 1 (the function is convex, so the steps fall monotonically onto the root). Why not `powf`:
/// libm's pow is 2 KB of wasm, and `exp(2.4 ln x)` 0.7 KB; this is a few dozen bytes.
fn pow_2_4(x: f64) -> f64 {
    let x2 = x * x;
    let mut y = 1.0_f64;
    for _ in 0..40 {
        let y4 = y * y * y * y;
        let next = y - (y4 * y - x2) / (5.0 * y4);
        if next >= y {
            break; // converged: rounding alone moves it now
        }
        y = next;
    }
    x2 * y
}

impl Color {
    pub const WHITE: Color = Color::hex(0xFFFFFF);
    pub const INK: Color = Color::hex(0x1A1A1A);
    pub const MUTED: Color = Color::hex(0x555555);

    pub const fn hex(rgb: u32) -> Color {
        Color { r: (rgb >> 16) as u8, g: (rgb >> 8) as u8, b: rgb as u8 }
    }

    /// Linear mix toward `other` by `t` in [0, 1].
    pub fn mix(self, other: Color, t: f64) -> Color {
        let t = t.clamped(0.0, 1.0);
        let m = |a: u8, b: u8| (a as f64 + (b as f64 - a as f64) * t).round() as u8;
        Color { r: m(self.r, other.r), g: m(self.g, other.g), b: m(self.b, other.b) }
    }

    /// WCAG relative luminance.
    /// WCAG 2 relative luminance of the sRGB colour.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * lin(self.r) + 0.7152 * lin(self.g) + 0.0722 * lin(self.b)
    }

    pub fn contrast(self, other: Color) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Dark ink or white, whichever contrasts more with this background.
    pub fn text_on(self) -> Color {
        if self.contrast(Color::INK) >= self.contrast(Color::WHITE) {
            Color::INK
        } else {
            Color::WHITE
        }
    }

    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }

    /// Parses `#rrggbb` (what a canvas normalises any CSS colour to).
    pub fn parse_hex(text: &str) -> Option<Color> {
        let hex = text.trim().strip_prefix('#')?;
        if hex.len() != 6 {
            return None;
        }
        u32::from_str_radix(hex, 16).ok().map(Color::hex)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequential_scale_runs_light_to_dark_and_text_stays_legible() {
        assert_eq!(sequential(0.0), BLUES[0]);
        assert_eq!(sequential(1.0), BLUES[4]);
        let l: Vec<f64> = (0..=10).map(|i| sequential(i as f64 / 10.0).luminance()).collect();
        assert!(l.windows(2).all(|w| w[1] < w[0]), "darker as values grow: {l:?}");
        for i in 0..=20 {
            let c = sequential(i as f64 / 20.0);
            assert!(c.contrast(c.text_on()) >= 4.5, "{}", c.css());
        }
    }

    #[test]
    fn parses_the_hex_a_canvas_gives() {
        assert_eq!(Color::parse_hex("#0072b2"), Some(Color::hex(0x0072B2)));
        assert_eq!(Color::parse_hex("rgb(1,2,3)"), None);
    }

    /// WCAG 1.4.3: every label (leaf names and values, group headers) on every tier colour and
    /// shade a theme draws is at least 4.5:1, in both themes and at every depth.
    #[test]
    fn text_on_every_palette_colour_and_shade_is_legible_in_both_themes() {
        use crate::scene::treemap::shade;
        for theme in [Theme::LIGHT, Theme::DARK] {
            for c in theme.palette {
                for (leaf, depth) in [(true, 1), (true, 3), (false, 1), (false, 2), (false, 3), (false, 5)] {
                    let fill = shade(&theme, c, leaf, depth);
                    let ink = fill.text_on();
                    assert!(fill.contrast(ink) >= 4.5, "{} on {} (base {}, dark {})", ink.css(), fill.css(), c.css(), theme.is_dark());
                }
            }
        }
    }

    #[test]
    fn twelve_tiers_get_twelve_different_colours_in_both_themes() {
        for theme in [Theme::LIGHT, Theme::DARK] {
            for (i, a) in theme.palette.iter().enumerate() {
                for b in &theme.palette[i + 1..] {
                    let d = (a.r as i32 - b.r as i32).abs() + (a.g as i32 - b.g as i32).abs() + (a.b as i32 - b.b as i32).abs();
                    assert!(d >= 60, "{} and {} are too alike", a.css(), b.css());
                }
            }
        }
        assert!(Theme::DARK.is_dark() && !Theme::LIGHT.is_dark());
        assert_eq!(Theme::for_background(Color::hex(0x101010), Color::WHITE).palette, DARK_TIER_PALETTE);
    }

    /// WCAG 1.4.11: every cell's edge is 3:1 against its fill, for every tier colour and shade
    /// (leaves and groups at every depth) in both themes.
    #[test]
    fn cell_edges_contrast_three_to_one_with_their_fill() {
        use crate::scene::treemap::{edge_of, shade};
        for theme in [Theme::LIGHT, Theme::DARK] {
            for c in theme.palette.into_iter().chain(crate::scene::BLUES) {
                for (leaf, depth) in [(true, 1), (true, 2), (true, 4), (false, 1), (false, 2), (false, 3), (false, 5)] {
                    let fill = shade(&theme, c, leaf, depth);
                    assert!(edge_of(fill).contrast(fill) >= 3.0, "{} on {}", edge_of(fill).css(), fill.css());
                }
            }
        }
    }

    #[test]
    fn the_power_for_luminance_matches_powf() {
        for c in 11..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            assert!((pow_2_4(x) - x.powf(2.4)).abs() < 1e-14, "{c}");
        }
    }
}
