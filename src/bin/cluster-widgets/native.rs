//! The native command line: the same model, layout and scene as the browser, for static
//! fallbacks and for scripting.
//!
//!     cluster-widgets layout DATA.json --width W --height H
//!     cluster-widgets render DATA.json --width W --height H [--scale S] -o out.svg|out.png
//!     cluster-widgets schema treemap|gauge
//!
//! Exit status 2 on bad input or bad arguments, with the problems (JSON paths) on stderr.

use cluster_widgets::layout::layout_spec;
use cluster_widgets::model::{parse_gauges, parse_treemap};
use cluster_widgets::render::{is_gauge_data, render_gauges_svg, render_treemap_svg, svg_to_png};
use std::process::ExitCode;

const USAGE: &str = "usage:
  cluster-widgets schema treemap|gauge
  cluster-widgets layout DATA.json [--width W] [--height H]
  cluster-widgets render DATA.json [--width W] [--height H] [--scale S] -o OUT.svg|OUT.png
DATA.json is a treemap (it has \"tree\" or \"rows\") or target gauges (\"target\" or \"gauges\").
Default size 960 x 600 CSS pixels; for gauges --height is one gauge's height (default: 3/4 of its
width for arcs, 130 for bullets) and the image is as tall as the grid. A PNG has --scale device
pixels per CSS pixel (default 2, for sharp print and HiDPI). DATA.json may be - for stdin.";

struct Args {
    command: String,
    input: String,
    width: f64,
    height: Option<f64>,
    scale: f64,
    output: Option<String>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = args.next().ok_or("missing command")?;
    if command == "schema" {
        let which = args.next().ok_or("schema needs treemap or gauge")?;
        return Ok(Args { command, input: which, width: 0.0, height: None, scale: 1.0, output: None });
    }
    let mut input = None;
    let (mut width, mut height, mut output, mut scale) = (960.0, None, None, 2.0);
    while let Some(arg) = args.next() {
        let mut number = |name: &str| -> Result<f64, String> {
            let v = args.next().ok_or(format!("{name} needs a value"))?;
            match v.parse::<f64>() {
                Ok(x) if x.is_finite() && (1.0..=20000.0).contains(&x) => Ok(x),
                _ => Err(format!("{name}: expected a number of pixels from 1 to 20000, got {v:?}")),
            }
        };
        match arg.as_str() {
            "--width" | "-w" => width = number("--width")?,
            "--height" | "-h" => height = Some(number("--height")?),
            "-o" | "--output" => output = Some(args.next().ok_or("-o needs a file name")?),
            "--scale" => {
                let v = args.next().ok_or("--scale needs a value")?;
                scale = match v.parse::<f64>() {
                    Ok(s) if (0.25..=8.0).contains(&s) => s,
                    _ => return Err(format!("--scale: expected a number from 0.25 to 8, got {v:?}")),
                };
            }
            _ if input.is_none() && (!arg.starts_with('-') || arg == "-") => input = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    let input = input.ok_or("missing the data file")?;
    Ok(Args { command, input, width, height, scale, output })
}

/// The data, read no further than the input limit: a 125 MB file is refused after 16 MiB, not
/// read whole first (it took 10 s and 3 GB).
fn read_input(path: &str) -> Result<String, String> {
    use std::io::Read;
    let limit = cluster_widgets::model::limits::MAX_INPUT_BYTES;
    let source: Box<dyn Read> = if path == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?)
    };
    let mut bytes = Vec::new();
    source.take(limit as u64 + 1).read_to_end(&mut bytes).map_err(|e| format!("{path}: {e}"))?;
    if bytes.len() > limit {
        return Err(format!("{path}: (document): input larger than {} MiB", limit / (1024 * 1024)));
    }
    String::from_utf8(bytes).map_err(|_| format!("{path}: (document): not UTF-8 text"))
}

fn run(args: Args) -> Result<(), String> {
    if args.command == "schema" {
        let schema = match args.input.as_str() {
            "treemap" => cluster_widgets::model::schema::treemap_schema(),
            "gauge" => cluster_widgets::model::schema::gauge_schema(),
            other => return Err(format!("no schema {other:?}: treemap or gauge")),
        };
        println!("{}", serde_json::to_string_pretty(&schema).map_err(|e| e.to_string())?);
        return Ok(());
    }
    let text = read_input(&args.input)?;
    let bad = |problems: cluster_widgets::model::Problems| format!("{}: {problems}", args.input);
    let height = args.height.unwrap_or(600.0);
    match args.command.as_str() {
        "layout" => {
            let spec = parse_treemap(&text).map_err(bad)?;
            let json = serde_json::to_string(&layout_spec(&spec, args.width, height)).map_err(|e| e.to_string())?;
            println!("{json}");
            Ok(())
        }
        "render" => {
            let out = args.output.ok_or("render needs -o OUT.svg or -o OUT.png")?;
            let png = out.ends_with(".png");
            if !png && !out.ends_with(".svg") {
                return Err(format!("{out}: write .svg or .png"));
            }
            let svg = if is_gauge_data(&text) {
                render_gauges_svg(&parse_gauges(&text).map_err(bad)?, args.width, args.height)
            } else {
                render_treemap_svg(&parse_treemap(&text).map_err(bad)?, args.width, height)
            };
            let bytes = if png { svg_to_png(&svg, args.scale as f32)? } else { svg.into_bytes() };
            std::fs::write(&out, bytes).map_err(|e| format!("{out}: {e}"))
        }
        other => Err(format!("unknown command {other:?}")),
    }
}

pub fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(e) => {
            eprintln!("cluster-widgets: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cluster-widgets: {e}");
            ExitCode::from(2)
        }
    }
}
