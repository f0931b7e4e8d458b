//! The native command line: the same model, layout and scene as the browser, for static
//! fallbacks and for scripting.
//!
//!     cluster-widgets layout DATA.json --width W --height H
//!     cluster-widgets render DATA.json --width W --height H -o out.svg
//!
//! Exit status 2 on bad input or bad arguments, with the problems (JSON paths) on stderr.

use cluster_widgets::layout::layout_spec;
use cluster_widgets::model::parse_treemap;
use cluster_widgets::render::render_treemap_svg;
use std::process::ExitCode;

const USAGE: &str = "usage:
  cluster-widgets layout DATA.json [--width W] [--height H]
  cluster-widgets render DATA.json [--width W] [--height H] -o OUT.svg
(default size 960 x 600 CSS pixels; DATA.json may be - for standard input)";

struct Args {
    command: String,
    input: String,
    width: f64,
    height: f64,
    output: Option<String>,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let command = args.next().ok_or("missing command")?;
    let mut input = None;
    let (mut width, mut height, mut output) = (960.0, 600.0, None);
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
            "--height" | "-h" => height = number("--height")?,
            "-o" | "--output" => output = Some(args.next().ok_or("-o needs a file name")?),
            _ if input.is_none() && (!arg.starts_with('-') || arg == "-") => input = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    let input = input.ok_or("missing the data file")?;
    Ok(Args { command, input, width, height, output })
}

fn read_input(path: &str) -> Result<String, String> {
    if path == "-" {
        std::io::read_to_string(std::io::stdin()).map_err(|e| format!("reading standard input: {e}"))
    } else {
        std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))
    }
}

fn run(args: Args) -> Result<(), String> {
    let text = read_input(&args.input)?;
    let spec = parse_treemap(&text).map_err(|problems| format!("{}: {problems}", args.input))?;
    match args.command.as_str() {
        "layout" => {
            let json = serde_json::to_string(&layout_spec(&spec, args.width, args.height)).map_err(|e| e.to_string())?;
            println!("{json}");
            Ok(())
        }
        "render" => {
            let out = args.output.ok_or("render needs -o OUT.svg")?;
            if !out.ends_with(".svg") {
                return Err(format!("{out}: only .svg output is supported"));
            }
            let svg = render_treemap_svg(&spec, args.width, args.height);
            std::fs::write(&out, svg).map_err(|e| format!("{out}: {e}"))
        }
        other => Err(format!("unknown command {other:?}")),
    }
}

fn main() -> ExitCode {
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
