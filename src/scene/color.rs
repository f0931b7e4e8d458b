//! Colours: the tier palette (Okabe–Ito, designed to stay distinguishable with the common
//! colour-vision deficiencies), shading toward white, and legible text colour by contrast.

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

impl Color {
    pub const WHITE: Color = Color::hex(0xFFFFFF);
    pub const INK: Color = Color::hex(0x1A1A1A);
    pub const MUTED: Color = Color::hex(0x555555);

    pub const fn hex(rgb: u32) -> Color {
        Color { r: (rgb >> 16) as u8, g: (rgb >> 8) as u8, b: rgb as u8 }
    }

    /// Linear mix toward `other` by `t` in [0, 1].
    pub fn mix(self, other: Color, t: f64) -> Color {
        let t = t.clamp(0.0, 1.0);
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
                ((c + 0.055) / 1.055).powf(2.4)
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
