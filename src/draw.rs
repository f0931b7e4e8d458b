//! Draws a [`Scene`] onto any plotters `DrawingBackend` (the canvas in the browser, SVG
//! anywhere: web/canvas.rs and svg.rs). The only module that knows plotters, and the one place where CSS pixels become
//! device pixels: each coordinate is multiplied by `scale` (the devicePixelRatio) and rounded
//! once, so cell edges land on whole device pixels and stay crisp at any ratio.

use crate::scene::{Align, Color, Item, Scene};
use crate::text::{Font, FONT_FAMILY};
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily,
    FontStyle,
};

/// Device pixels per CSS pixel, and the CSS font family list of every text (the page's
/// `--cw-font-family`, or [`FONT_FAMILY`]). Both our backends take text sizes in pixels.
#[derive(Clone, Copy, Debug)]
pub struct DrawOptions<'a> {
    pub scale: f64,
    pub family: &'a str,
}

impl<'a> DrawOptions<'a> {
    pub const SVG: DrawOptions<'static> = DrawOptions { scale: 1.0, family: FONT_FAMILY };

    pub fn canvas(device_pixel_ratio: f64, family: &'a str) -> DrawOptions<'a> {
        DrawOptions { scale: device_pixel_ratio, family }
    }
}

fn backend_color(c: Color) -> BackendColor {
    BackendColor { alpha: 1.0, rgb: (c.r, c.g, c.b) }
}

struct Fill(Color);

impl BackendStyle for Fill {
    fn color(&self) -> BackendColor {
        backend_color(self.0)
    }
}

struct TextStyle<'a> {
    family: &'a str,
    font: Font,
    color: Color,
    align: Align,
    size: f64,
}

/// Never produced: text styles here cannot fail (the backends lay text out themselves).
#[derive(Debug)]
pub struct NoFontError;

impl std::fmt::Display for NoFontError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("no font error")
    }
}

impl std::error::Error for NoFontError {}

impl BackendTextStyle for TextStyle<'_> {
    type FontError = NoFontError;

    fn color(&self) -> BackendColor {
        backend_color(self.color)
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn style(&self) -> FontStyle {
        if self.font.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        let h = match self.align {
            Align::Start => HPos::Left,
            Align::Center => HPos::Center,
            Align::End => HPos::Right,
        };
        Pos::new(h, VPos::Top)
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }

    fn layout_box(&self, _text: &str) -> Result<((i32, i32), (i32, i32)), NoFontError> {
        // Only pixel-rasterising backends ask; ours place text by anchor.
        Ok(((0, 0), (0, 0)))
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, NoFontError> {
        Ok(Ok(()))
    }
}

pub fn draw_scene<B: DrawingBackend>(
    scene: &Scene,
    backend: &mut B,
    options: DrawOptions<'_>,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    draw_scene_with(scene, &[], backend, options)
}

/// The scene and then `overlay` on top (hover outlines over a kept scene), presented once.
pub fn draw_scene_with<B: DrawingBackend>(
    scene: &Scene,
    overlay: &[Item],
    backend: &mut B,
    options: DrawOptions<'_>,
) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    let s = options.scale;
    let px = |v: f64| (v * s).round() as i32;
    backend.draw_rect((0, 0), (px(scene.width), px(scene.height)), &Fill(scene.background), true)?;
    for item in scene.items.iter().chain(overlay) {
        match item {
            Item::Rect { rect, fill } => {
                let (x0, y0, x1, y1) = (px(rect.x0), px(rect.y0), px(rect.x1), px(rect.y1));
                if x1 > x0 && y1 > y0 {
                    backend.draw_rect((x0, y0), (x1, y1), &Fill(*fill), true)?;
                }
            }
            Item::Polygon { points, fill } => {
                backend.fill_polygon(points.iter().map(|&(x, y)| (px(x), px(y))), &Fill(*fill))?;
            }
            Item::Text { x, y, text, font, color, align, .. } => {
                // The line box is LINE_HEIGHT × size; centre the em box in it.
                let lead = font.size * (crate::text::LINE_HEIGHT - 1.0) / 2.0;
                let style = TextStyle { family: options.family, font: *font, color: *color, align: *align, size: font.size * s };
                backend.draw_text(text, &style, (px(*x), px(y + lead)))?;
            }
        }
    }
    backend.present()
}
