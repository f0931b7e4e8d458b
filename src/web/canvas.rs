//! The canvas drawing backend: plotters-canvas's `CanvasBackend`, with filled rectangles (all
//! of a treemap's cells) drawn here instead. plotters-canvas formats an `rgba(r,g,b,a)` string
//! with float formatting and sends it to the canvas for every shape; a treemap paints long runs
//! of cells in one colour, so this keeps the fill style the canvas already has and sets it, as
//! `#rrggbb`, only when the colour changes. Everything else is delegated as it is.

use crate::scene::Color;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use plotters_canvas::CanvasBackend;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

pub struct Canvas {
    inner: CanvasBackend,
    context: CanvasRenderingContext2d,
    /// The fill style set by the last rectangle, unless a delegated call may have changed it.
    fill: Option<(u8, u8, u8)>,
}

impl Canvas {
    pub fn new(canvas: HtmlCanvasElement) -> Option<Canvas> {
        // The canvas hands out one 2D context per element: this is the one `inner` draws on.
        let context = super::context_2d(&canvas)?;
        Some(Canvas { inner: CanvasBackend::with_canvas_object(canvas)?, context, fill: None })
    }

    fn set_fill(&mut self, color: BackendColor) {
        if self.fill != Some(color.rgb) {
            let (r, g, b) = color.rgb;
            self.context.set_fill_style_str(&Color { r, g, b }.css());
            self.fill = Some(color.rgb);
        }
    }
}

impl DrawingBackend for Canvas {
    type ErrorType = <CanvasBackend as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.fill = None;
        self.inner.draw_pixel(point, color)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        // Our scenes are opaque; anything else keeps plotters-canvas's rgba path.
        if !fill || color.alpha != 1.0 {
            self.fill = None;
            return self.inner.draw_rect(upper_left, bottom_right, style, fill);
        }
        self.set_fill(color);
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        self.context.fill_rect(x, y, f64::from(bottom_right.0) - x, f64::from(bottom_right.1) - y);
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.fill = None;
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.fill = None;
        self.inner.draw_text(text, style, pos)
    }
}
