//! The SVG drawing backend: a plotters `DrawingBackend` that writes the three things a scene
//! draws — filled rectangles, filled polygons and anchored text — as SVG elements.
//!
//! Why not plotters-svg: its only `f64`s (opacity and font size) are written with `{}`, which
//! keeps core's float formatting (~16 KB) in the wasm; here every number is an integer or goes
//! through crate::decimal (docs/DESIGN.md, "Wasm size"). The elements and attributes are the ones
//! plotters-svg writes, but font sizes are CSS pixels (plotters-svg divides by 1.24).

use crate::decimal::write_f64;
use plotters_backend::text_anchor::HPos;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle};
use std::fmt::Write;

/// Writes SVG into a `String`; the closing tag is written by `present`.
pub struct SvgWriter<'a> {
    out: &'a mut String,
    size: (u32, u32),
    closed: bool,
}

impl<'a> SvgWriter<'a> {
    pub fn new(out: &'a mut String, size: (u32, u32)) -> Self {
        let (w, h) = size;
        let _ = writeln!(out, r#"<svg width="{w}" height="{h}" viewBox="0 0 {w} {h}" xmlns="http://www.w3.org/2000/svg">"#);
        SvgWriter { out, size, closed: false }
    }

    fn attr(&mut self, name: &str, value: &str) {
        self.out.push(' ');
        self.out.push_str(name);
        self.out.push_str("=\"");
        escape_into(self.out, value);
        self.out.push('"');
    }

    fn num(&mut self, name: &str, value: i32) {
        let _ = write!(self.out, r#" {name}="{value}""#);
    }

    /// `opacity` and the colour as `fill` (or, for an outline, as `stroke` with no fill).
    fn paint(&mut self, color: BackendColor, fill: bool) {
        self.out.push_str(" opacity=\"");
        write_f64(self.out, color.alpha);
        let (r, g, b) = color.rgb;
        let _ = if fill {
            write!(self.out, r##"" fill="#{r:02X}{g:02X}{b:02X}""##)
        } else {
            write!(self.out, r##"" fill="none" stroke="#{r:02X}{g:02X}{b:02X}""##)
        };
    }
}

/// XML text and attribute escaping (the five predefined entities).
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
}

impl DrawingBackend for SvgWriter<'_> {
    /// Writing into a String cannot fail; the type only satisfies the trait.
    type ErrorType = std::fmt::Error;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if !self.closed {
            self.out.push_str("</svg>\n");
            self.closed = true;
        }
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<rect");
        self.num("x", upper_left.0);
        self.num("y", upper_left.1);
        self.num("width", bottom_right.0 - upper_left.0);
        self.num("height", bottom_right.1 - upper_left.1);
        self.paint(color, fill);
        self.out.push_str(if fill { " stroke=\"none\"/>\n" } else { "/>\n" });
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.out.push_str("<polygon");
        self.paint(color, true);
        self.out.push_str(" points=\"");
        for (x, y) in vertices {
            let _ = write!(self.out, "{x},{y} ");
        }
        self.out.push_str("\"/>\n");
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        // Scenes anchor text at the top of its em box, as plotters' `VPos::Top` ("0.76em").
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        self.out.push_str("<text");
        self.num("x", pos.0);
        self.num("y", pos.1);
        self.out.push_str(" dy=\"0.76em\" text-anchor=\"");
        self.out.push_str(anchor);
        self.out.push('"');
        self.attr("font-family", style.family().as_str());
        self.out.push_str(" font-size=\"");
        write_f64(self.out, style.size());
        self.out.push('"');
        self.paint(color, true);
        if matches!(style.style(), FontStyle::Bold) {
            self.out.push_str(" font-weight=\"bold\"");
        }
        self.out.push_str(">\n");
        escape_into(self.out, text);
        self.out.push_str("\n</text>\n");
        Ok(())
    }
}
