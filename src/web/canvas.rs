//! The canvas drawing backend: a plotters `DrawingBackend` over a `CanvasRenderingContext2d`
//! for the three things a scene draws — filled rectangles, filled polygons, anchored text.
//!
//! Why not plotters-canvas: it formats an `rgba(r,g,b,a)` string with float formatting for
//! every shape (core's float formatting is ~16 KB of the wasm; docs/DESIGN.md, "Wasm size"), and a
//! treemap paints long runs of cells in one colour. Here the fill style is set, as `#rrggbb`,
//! only when the colour changes, and the font string is written without float formatting.

use crate::decimal::write_f64;
use crate::scene::Color;
use plotters_backend::text_anchor::HPos;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub struct Canvas {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    /// The fill style last set, so runs of one colour set it once.
    fill: Option<(u8, u8, u8)>,
}

/// A canvas call the browser refused (never seen for these calls; the trait needs a type).
#[derive(Debug)]
pub struct CanvasError;

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the canvas refused a drawing call")
    }
}

impl std::error::Error for CanvasError {}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

impl Canvas {
    pub fn new(canvas: HtmlCanvasElement) -> Option<Canvas> {
        let context = super::context_2d(&canvas)?;
        Some(Canvas { canvas, context, fill: None })
    }

    /// Sets the fill style to an opaque `color` (scenes are opaque; alpha is ignored).
    fn set_fill(&mut self, color: BackendColor) {
        if self.fill != Some(color.rgb) {
            let (r, g, b) = color.rgb;
            self.context.set_fill_style_str(&Color { r, g, b }.css());
            self.fill = Some(color.rgb);
        }
    }
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Drawn {
        Ok(())
    }

    fn present(&mut self) -> Drawn {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Drawn {
        self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true)
    }

    fn draw_rect<S: BackendStyle>(&mut self, upper_left: BackendCoord, bottom_right: BackendCoord, style: &S, fill: bool) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (f64::from(bottom_right.0) - x, f64::from(bottom_right.1) - y);
        if fill {
            self.set_fill(color);
            self.context.fill_rect(x, y, w, h);
        } else {
            let (r, g, b) = color.rgb;
            self.context.set_stroke_style_str(&Color { r, g, b }.css());
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vertices: I, style: &S) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.set_fill(color);
        self.context.begin_path();
        let mut first = true;
        for (x, y) in vertices {
            let (x, y) = (f64::from(x), f64::from(y));
            if first {
                self.context.move_to(x, y);
                first = false;
            } else {
                self.context.line_to(x, y);
            }
        }
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, pos: BackendCoord) -> Drawn {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        // Scenes anchor text at the top of its em box.
        self.context.set_text_baseline("top");
        self.context.set_text_align(match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "center",
            HPos::Right => "end",
        });
        self.set_fill(color);
        let mut font = String::from(if matches!(style.style(), FontStyle::Bold) { "bold " } else { "normal " });
        write_f64(&mut font, style.size());
        font.push_str("px ");
        font.push_str(style.family().as_str());
        self.context.set_font(&font);
        self.context.fill_text(text, f64::from(pos.0), f64::from(pos.1)).map_err(|_| DrawingErrorKind::DrawingError(CanvasError))
    }
}
