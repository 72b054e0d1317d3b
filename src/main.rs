//! The `studypack` binary: parses the command line, runs the library, and
//! turns errors into one clear message and an exit code.

mod cli;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Duration;

use indicatif::ProgressBar;

use clap::Parser;
use studypack::model::{Header, Page};
use studypack::render::{self, RenderedPack, Templates};
use studypack::text::count_of;
use studypack::{Error, Loaded, PackRequest, Result, themes, versions};

use cli::{Cli, Command, Format, InitArgs, PackArgs, ReportArgs};
use studypack::config::Config;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let progress = progress();
    let result = Config::load(cli.config.as_deref()).and_then(|config| match cli.command {
        Command::Pack(args) => pack(args, config, &progress),
        Command::Themes(args) => list_themes(&args, &config, &progress),
        Command::Inspect(args) => inspect(&args, &progress),
        Command::Init(args) => init(&args),
    });
    progress.finish_and_clear();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("studypack: error: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}

/// A spinner on stderr naming the stage a run is in, drawn only when stderr
/// is a terminal (so logs and pipes get no control codes).
fn progress() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    bar.enable_steady_tick(Duration::from_millis(100));
    bar
}

/// A line on stderr that the spinner does not overwrite.
fn say(progress: &ProgressBar, line: &str) {
    progress.suspend(|| eprintln!("studypack: {line}"));
}

fn load(sources: &std::path::Path, progress: &ProgressBar) -> Result<Loaded> {
    progress.set_message(format!("reading and deduplicating {}", sources.display()));
    let loaded = studypack::load(sources)?;
    for notice in studypack::first_notices(&loaded.notices, 10) {
        say(progress, &notice);
    }
    Ok(loaded)
}

fn pack(args: PackArgs, config: Config, progress: &ProgressBar) -> Result<()> {
    // A command-line option wins over studypack.toml, which wins over the default.
    let templates = match args.templates.as_ref().or(config.templates.as_ref()) {
        Some(dir) if !dir.is_dir() => {
            return Err(Error::BadOption {
                option: "--templates",
                message: format!("{} is not a folder", dir.display()),
            });
        }
        Some(dir) => Templates::with_overrides(dir)?,
        None => Templates::built_in()?,
    };
    let loaded = load(&args.sources.sources, progress)?;
    progress.set_message("finding the theme and writing questions");
    let date = args
        .date
        .unwrap_or_else(|| chrono::Local::now().date_naive());
    let defaults = PackRequest::new(&args.theme, date);
    let request = PackRequest {
        title: args.title,
        seed: args.seed.or(config.seed).unwrap_or(defaults.seed),
        questions: args
            .questions
            .or(config.questions)
            .map_or(defaults.questions, |n| n as usize),
        // A number of questions given on the command line replaces the mix.
        mix: config.mix.filter(|_| args.questions.is_none()),
        reading_words: args
            .reading_words
            .or(config.reading_words)
            .map_or(defaults.reading_words, |n| n as usize),
        kinds: args.kinds,
        marks: config.marks,
        themes: config.themes,
        header: Header {
            school: config.school,
            class: config.class,
            teacher: config.teacher,
        },
        page: Page {
            paper: args.paper.or(config.paper).unwrap_or(defaults.page.paper),
            font_size: config.font_size.unwrap_or(defaults.page.font_size),
        },
        instructions: config.instructions,
        ..defaults
    };
    let explain = |left_out: &[studypack::questions::Rejection]| {
        if !args.explain {
            return;
        }
        for r in left_out {
            let line = format!(
                "left out ({}): {} \u{2014} {}",
                r.kind.short_name(),
                r.stem,
                r.reason
            );
            progress.suspend(|| eprintln!("{line}"));
        }
    };
    let built = match studypack::build_pack(&loaded, &request) {
        Ok(built) => built,
        Err(error) => {
            // An empty sheet's candidates, each with why it was left out.
            if let Error::TooLittleMaterial { left_out, .. } = &error {
                explain(left_out);
            }
            return Err(error);
        }
    };
    explain(&built.rejected);
    if let Some(note) = &built.reading_note {
        say(progress, note);
    }
    // A sheet far short of what was asked: say where more questions are.
    let asked = request
        .mix
        .as_ref()
        .map_or(request.questions, |mix| mix.total());
    let written = built.pack.questions().count();
    if written * 2 < asked {
        say(
            progress,
            &format!(
                "only {} could be written for the theme \"{}\" ({asked} asked); a broader theme (--theme all) or more sources about it give more",
                count_of(written, "question"),
                built.pack.theme.label
            ),
        );
    }
    let pack = built.pack;
    let count = args.versions.or(config.versions).unwrap_or(1) as usize;
    let mut rendered = RenderedPack::default();
    for version in versions::versions(&pack, count) {
        let name = version.version.as_deref().unwrap_or("the pack");
        progress.set_message(format!("rendering {name}"));
        rendered.extend(render::render(&version, &templates, args.teacher_copy)?);
    }
    for warning in &rendered.warnings {
        say(progress, &format!("warning: {warning}"));
    }
    progress.set_message("writing the files");
    let paths = studypack::output::write_pack(&args.out, &pack.theme.slug, &rendered)?;
    let mut summary = format!(
        "Theme \"{}\": {}, {}, {} marks{}.\n",
        pack.theme.label,
        count_of(pack.sources.len(), "source"),
        count_of(pack.questions().count(), "question"),
        pack.total_points,
        if count > 1 {
            format!(", in {count} versions")
        } else {
            String::new()
        }
    );
    for path in paths {
        summary.push_str(&format!("wrote {}\n", path.display()));
    }
    progress.suspend(|| print_out(&summary))
}

fn list_themes(args: &ReportArgs, config: &Config, progress: &ProgressBar) -> Result<()> {
    let loaded = load(&args.sources.sources, progress)?;
    progress.set_message("finding themes");
    let found = themes::all(&loaded.facts, &config.themes);
    let report = studypack::inspect::themes_report(&loaded.facts, &found);
    let text = match args.format {
        Format::Json => json_text(&report),
        Format::Text if report.is_empty() => "No themes found: the sources share too few words. Any word they use still works with --theme.\n".to_string(),
        Format::Text => report.iter().map(ToString::to_string).collect(),
    };
    progress.suspend(|| print_out(&text))
}

fn inspect(args: &ReportArgs, progress: &ProgressBar) -> Result<()> {
    let loaded = load(&args.sources.sources, progress)?;
    let report = studypack::inspect::report(&loaded);
    let text = match args.format {
        Format::Text => report.to_string(),
        Format::Json => json_text(&report),
    };
    progress.suspend(|| print_out(&text))
}

fn init(args: &InitArgs) -> Result<()> {
    let mut text = String::new();
    for path in studypack::init::init(&args.dir, args.force)? {
        text.push_str(&format!("wrote {}\n", path.display()));
    }
    text.push_str(
        "Edit studypack.toml (school, class, teacher, marks, ...) and the templates in templates/; `studypack pack` run in this folder uses both.\n",
    );
    print_out(&text)
}

fn json_text(report: &impl serde::Serialize) -> String {
    // A report is plain structs and strings: serialising cannot fail.
    let mut text = serde_json::to_string_pretty(report).expect("a report serialises");
    text.push('\n');
    text
}

/// Writes to standard output. A reader that stops early (`studypack inspect
/// | head`) is not an error: the output simply ends there.
fn print_out(text: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(source) if source.kind() != std::io::ErrorKind::BrokenPipe => Err(Error::Write {
            path: "standard output".into(),
            source,
        }),
        _ => Ok(()),
    }
}
