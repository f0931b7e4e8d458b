//! Whole renders from data to an image string: the same scene the browser draws, through
//! plotters' SVG backend (static fallbacks, print, newsletters).

use crate::draw::{draw_scene, DrawOptions};
use crate::format::GroupedFormat;
use crate::model::TreemapSpec;
use crate::scene::{build_treemap_scene, Scene, TreemapStyle};
use crate::text::ApproxMeasure;
use plotters_svg::SVGBackend;

pub fn scene_to_svg(scene: &Scene) -> String {
    let mut svg = String::new();
    {
        let size = (scene.width.round().max(1.0) as u32, scene.height.round().max(1.0) as u32);
        let mut backend = SVGBackend::with_string(&mut svg, size);
        // Writing into a String cannot fail; an error here would be a bug in the backend.
        if let Err(e) = draw_scene(scene, &mut backend, DrawOptions::SVG) {
            return format!("<!-- drawing failed: {e:?} -->");
        }
    }
    svg
}

pub fn render_treemap_svg(spec: &TreemapSpec, width: f64, height: f64) -> String {
    let scene = build_treemap_scene(spec, width, height, &ApproxMeasure, &GroupedFormat, &TreemapStyle::default());
    scene_to_svg(&scene)
}
