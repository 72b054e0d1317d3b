//! The `studypack` binary: parses the command line, runs the library, and
//! turns errors into one clear message and an exit code.

mod cli;

use std::process::ExitCode;

use clap::Parser;
use studypack::render::{self, Templates};
use studypack::{Error, Loaded, PackRequest, Result, themes};

use cli::{Cli, Command, Format, PackArgs, ReportArgs};
use studypack::config::Config;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = Config::load(&cli.config).and_then(|config| match cli.command {
        Command::Pack(args) => pack(args, config),
        Command::Themes(args) => list_themes(&args, &config),
        Command::Inspect(args) => inspect(&args),
    });
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

fn pack(args: PackArgs, config: Config) -> Result<()> {
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
        kinds: args.kinds,
        themes: config.themes,
    };
    let built = studypack::build_pack(&loaded, &request)?;
    if args.explain {
        for r in &built.rejected {
            eprintln!(
                "left out ({}): {} \u{2014} {}",
                r.kind.short_name(),
                r.stem,
                r.reason
            );
        }
    }
    let pack = built.pack;
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

fn list_themes(args: &ReportArgs, config: &Config) -> Result<()> {
    let loaded = load(&args.sources.sources)?;
    let found = themes::all(&loaded.facts, &config.themes);
    let report = studypack::inspect::themes_report(&loaded.facts, &found);
    match args.format {
        // A report is plain structs and strings: serialising cannot fail.
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("a report serialises")
        ),
        Format::Text if report.is_empty() => println!(
            "No themes found: the sources share too few words. Any word they use still works with --theme."
        ),
        Format::Text => {
            for theme in &report {
                print!("{theme}");
            }
        }
    }
    Ok(())
}

fn inspect(args: &ReportArgs) -> Result<()> {
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
