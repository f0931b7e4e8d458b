//! Colours: the tier palette (Okabe–Ito, designed to stay distinguishable with the common
//! colour-vision deficiencies), shading toward white, and legible text colour by contrast.

use crate::num::Clamped;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Color {
    pub r: u8,
    pub g: u8,
    pub b: u8,
}

/// Okabe & Ito (2008) categorical colours, in the order tiers take them.
pub const TIER_PALETTE: [Color; 7] = [
    Color::hex(0x0072B2), // blue
    Color::hex(0xE69F00), // orange
    Color::hex(0x009E73), // bluish green
    Color::hex(0xCC79A7), // reddish purple
    Color::hex(0xD55E00), // vermillion
    Color::hex(0x56B4E9), // sky blue
    Color::hex(0xF0E442), // yellow
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
    pub palette: [Color; 7],
}

impl Theme {
    pub const LIGHT: Theme = Theme {
        background: Color::WHITE,
        text: Color::INK,
        muted: Color::MUTED,
        track: Color::hex(0xE4E4E4),
        palette: TIER_PALETTE,
    };

    pub const DARK: Theme = Theme {
        background: Color::hex(0x161616),
        text: Color::hex(0xEDEDED),
        muted: Color::hex(0xB4B4B4),
        track: Color::hex(0x3A3A3A),
        palette: TIER_PALETTE,
    };

    /// A cell's fill: the tier colour toward the background by `t` (lighter on light themes,
    /// deeper on dark ones, so borders and labels keep their contrast).
    pub fn tint(&self, base: Color, t: f64) -> Color {
        base.mix(self.background, t)
    }
}

impl Default for Theme {
    fn default() -> Self {
        Theme::LIGHT
    }
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
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = c as f64 / 255.0;
            if c <= 0.03928 {
                c / 12.92
            } else {
                (2.4 * ((c + 0.055) / 1.055).ln()).exp() // = powf(2.4); libm's pow is 2 KB of wasm
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
    fn dark_theme_leaf_shades_keep_legible_labels() {
        for c in Theme::DARK.palette {
            let leaf = Theme::DARK.tint(c, 0.45);
            assert!(leaf.contrast(leaf.text_on()) >= 4.5, "{}", leaf.css());
        }
        assert_eq!(Color::parse_hex("#0072b2"), Some(Color::hex(0x0072B2)));
        assert_eq!(Color::parse_hex("rgb(1,2,3)"), None);
    }

    #[test]
    fn text_on_every_palette_colour_and_its_leaf_shade_is_legible() {
        for c in TIER_PALETTE {
            for shade in [c, c.mix(Color::WHITE, 0.45)] {
                let ink = shade.text_on();
                assert!(shade.contrast(ink) >= 4.5, "{} on {}: {}", ink.css(), shade.css(), shade.contrast(ink));
            }
        }
    }
}
