//! The `studypack` binary: parses the command line, runs the library, and
//! turns errors into one clear message and an exit code.

mod cli;

use std::process::ExitCode;

use clap::Parser;
use studypack::model::Theme;
use studypack::render::{self, Templates};
use studypack::{Error, Loaded, PackRequest, Result, themes};

use cli::{Cli, Command, Format, InspectArgs, PackArgs};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Pack(args) => pack(args),
        Command::Themes(args) => list_themes(&args.sources),
        Command::Inspect(args) => inspect(&args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("studypack: error: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}

fn load(sources: &std::path::Path) -> Result<Loaded> {
    let loaded = studypack::load(sources)?;
    for notice in &loaded.notices {
        eprintln!("studypack: {notice}");
    }
    Ok(loaded)
}

fn pack(args: PackArgs) -> Result<()> {
    let templates = match &args.templates {
        Some(dir) if !dir.is_dir() => {
            return Err(Error::BadOption {
                option: "--templates",
                message: format!("{} is not a folder", dir.display()),
            });
        }
        Some(dir) => Templates::with_overrides(dir)?,
        None => Templates::built_in()?,
    };
    let loaded = load(&args.sources.sources)?;
    let request = PackRequest {
        theme: args.theme,
        title: args.title,
        date: args
            .date
            .unwrap_or_else(|| chrono::Local::now().date_naive()),
        seed: args.seed,
        questions: usize::from(args.questions),
    };
    let pack = studypack::build_pack(&loaded, &request)?;
    let rendered = render::render(&pack, &templates)?;
    for warning in &rendered.warnings {
        eprintln!("studypack: warning: {warning}");
    }
    let paths = studypack::output::write_pack(&args.out, &pack.theme.slug, &rendered)?;
    println!(
        "Theme \"{}\": {} sources, {} questions, {} marks.",
        pack.theme.label,
        pack.sources.len(),
        pack.questions().count(),
        pack.total_points
    );
    for path in paths {
        println!("wrote {}", path.display());
    }
    Ok(())
}

fn list_themes(sources: &std::path::Path) -> Result<()> {
    let loaded = load(sources)?;
    let found = themes::discover(&loaded.facts);
    if found.is_empty() {
        println!(
            "No themes found: the sources share too few words. Any word they use still works with --theme."
        );
    }
    for theme in &found {
        print_theme(&loaded, theme);
    }
    Ok(())
}

fn print_theme(loaded: &Loaded, theme: &Theme) {
    println!(
        "{:<16} {} ({} passages, {} facts)",
        theme.slug,
        theme.label,
        theme.passages.len(),
        theme.facts.len()
    );
    println!("{:<16} keywords: {}", "", theme.keywords.join(", "));
    let sample = loaded
        .facts
        .facts
        .iter()
        .find(|f| theme.facts.contains(&f.id))
        .map(|f| f.text.as_str())
        .unwrap_or_default();
    println!("{:<16} e.g. \u{201C}{sample}\u{201D}", "");
}

fn inspect(args: &InspectArgs) -> Result<()> {
    let loaded = load(&args.sources.sources)?;
    let report = studypack::inspect::report(&loaded);
    match args.format {
        Format::Text => print!("{report}"),
        // A report is plain structs and strings: serialising cannot fail.
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("a report serialises")
        ),
    }
    Ok(())
}
