//! The minijinja environment that turns a `Pack` into Typst source.
//!
//! In: template sources (built in, or a folder of edited ones) and a context.
//! Out: Typst source in which every text value is a Typst string literal, so
//! text from the sources is always data, never markup.

use std::fmt::Write;
use std::path::Path;

use minijinja::syntax::SyntaxConfig;
use minijinja::{Environment, ErrorKind, UndefinedBehavior, Value};

use crate::error::{Error, Result};

/// The templates studypack ships, embedded in the binary.
pub const BUILT_IN: &[(&str, &str)] = &[
    ("style.typ.j2", include_str!("../../templates/style.typ.j2")),
    (
        "header.typ.j2",
        include_str!("../../templates/header.typ.j2"),
    ),
    (
        "worksheet.typ.j2",
        include_str!("../../templates/worksheet.typ.j2"),
    ),
    (
        "answer-key.typ.j2",
        include_str!("../../templates/answer-key.typ.j2"),
    ),
];

/// A Typst string literal holding exactly `text`.
pub fn typst_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c if c.is_control() => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Writes a template value into Typst source: text as a string literal
/// embedded in markup (`#"...";`), numbers and booleans as themselves.
fn format_value(
    out: &mut minijinja::Output,
    _state: &mut minijinja::State,
    value: &Value,
) -> std::result::Result<(), minijinja::Error> {
    let written = if let Some(text) = value.as_str() {
        format!("#{};", typst_string(text))
    } else if value.kind() == minijinja::value::ValueKind::Bool {
        // minijinja prints True/False; Typst spells them in lower case.
        value.is_true().to_string()
    } else if value.is_number() {
        value.to_string()
    } else {
        return Err(minijinja::Error::new(
            ErrorKind::InvalidOperation,
            format!(
                "cannot print a {} here; loop over it or pick a field",
                value.kind()
            ),
        ));
    };
    out.write_str(&written)
        .map_err(|e| minijinja::Error::new(ErrorKind::WriteFailure, e.to_string()))
}

/// The set of templates a pack is rendered with.
pub struct Templates {
    env: Environment<'static>,
}

impl Templates {
    /// The built-in templates.
    pub fn built_in() -> Result<Self> {
        Self::from_sources(
            BUILT_IN
                .iter()
                .map(|(name, source)| (name.to_string(), source.to_string())),
        )
    }

    /// The built-in templates, with any of them replaced by a file of the same
    /// name in `dir`.
    pub fn with_overrides(dir: &Path) -> Result<Self> {
        let mut sources = Vec::new();
        for (name, built_in) in BUILT_IN {
            let path = dir.join(name);
            let source = if path.exists() {
                std::fs::read_to_string(&path).map_err(|source| Error::Read { path, source })?
            } else {
                built_in.to_string()
            };
            sources.push((name.to_string(), source));
        }
        Self::from_sources(sources)
    }

    fn from_sources(sources: impl IntoIterator<Item = (String, String)>) -> Result<Self> {
        let mut env = Environment::new();
        let syntax = SyntaxConfig::builder()
            .comment_delimiters("{##", "##}")
            .trim_blocks(true)
            .lstrip_blocks(true)
            .build()
            .map_err(|e| template_error("(syntax)", &e))?;
        env.set_syntax(syntax);
        env.set_undefined_behavior(UndefinedBehavior::Strict);
        env.set_formatter(format_value);
        for (name, source) in sources {
            env.add_template_owned(name.clone(), source)
                .map_err(|e| template_error(&name, &e))?;
        }
        Ok(Templates { env })
    }

    /// Renders template `name` with `context`.
    pub fn render(&self, name: &str, context: Value) -> Result<String> {
        self.env
            .get_template(name)
            .and_then(|t| t.render(context))
            .map_err(|e| template_error(name, &e))
    }
}

/// A minijinja error as the user sees it: the template at fault (which may be
/// an included one) and the line.
fn template_error(name: &str, error: &minijinja::Error) -> Error {
    let mut message = error
        .detail()
        .map_or_else(|| error.kind().to_string(), str::to_string);
    let mut cause = std::error::Error::source(error);
    while let Some(inner) = cause {
        message.push_str(": ");
        message.push_str(&inner.to_string());
        cause = inner.source();
    }
    Error::Template {
        name: error.name().unwrap_or(name).to_string(),
        line: error.line().unwrap_or(0),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_literals_escape_quotes_backslashes_and_controls() {
        assert_eq!(typst_string(r#"a "b" \c"#), r#""a \"b\" \\c""#);
        assert_eq!(typst_string("x\ny\u{7}"), r#""x\u{a}y\u{7}""#);
        assert_eq!(typst_string("#sys.exit()"), "\"#sys.exit()\"");
    }

    #[test]
    fn values_render_as_string_literals_and_numbers() {
        let templates = Templates::from_sources([(
            "t".to_string(),
            "{{ text }}|{{ n }}|{## a comment ##}".to_string(),
        )])
        .unwrap();
        let out = templates
            .render("t", minijinja::context! { text => "*bold* $x$", n => 3 })
            .unwrap();
        assert_eq!(out, "#\"*bold* $x$\";|3|");
    }

    #[test]
    fn a_broken_template_names_itself_and_its_line() {
        let error = Templates::from_sources([(
            "bad.typ.j2".to_string(),
            "line one\n{% if %}\n".to_string(),
        )])
        .err()
        .expect("the template does not parse");
        match error {
            Error::Template { name, line, .. } => {
                assert_eq!(name, "bad.typ.j2");
                assert_eq!(line, 2);
            }
            other => panic!("unexpected error {other}"),
        }
    }

    #[test]
    fn an_undefined_variable_is_an_error_with_its_line() {
        let templates =
            Templates::from_sources([("t".to_string(), "ok\n\n{{ missing.field }}".to_string())])
                .unwrap();
        let error = templates.render("t", minijinja::context! {}).unwrap_err();
        assert!(matches!(error, Error::Template { line: 3, .. }), "{error}");
    }
}
