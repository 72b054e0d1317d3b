//! Writing a rendered pack to disk, atomically.
//!
//! In: the output folder and the rendered files. Out: the files in
//! `<out>/<theme>/`. Each file is written to a temporary file in the same
//! folder and renamed over the old one, so a failed run never leaves a
//! half-written file and never destroys the previous pack.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::render::RenderedPack;

/// Writes each file to a temporary sibling, and only when all are written
/// moves them into place: either every file is replaced or none is. Files
/// being replaced are kept aside until the last move has worked, and put
/// back if one fails.
pub fn write_atomically(files: &[(PathBuf, &[u8])]) -> Result<()> {
    let staged = stage(files)?;
    let mut replaced: Vec<Replaced> = Vec::new();
    for (index, (temporary, path)) in staged.iter().enumerate() {
        if let Err(source) = replace(temporary, path).map(|r| replaced.push(r)) {
            undo(&replaced);
            discard(&staged[index..]);
            return Err(Error::Write {
                path: path.to_path_buf(),
                source,
            });
        }
    }
    for Replaced { previous, .. } in replaced {
        if let Some(previous) = previous {
            let _ = std::fs::remove_file(previous);
        }
    }
    Ok(())
}

/// A sibling of `path` for a file in transit, e.g. `.worksheet.pdf.123.tmp`.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(Default::default, |n| n.to_string_lossy());
    let dir = path.parent().unwrap_or(Path::new("."));
    dir.join(format!(".{name}.{}.{suffix}", std::process::id()))
}

/// Writes every file's bytes to its temporary sibling.
fn stage<'a>(files: &'a [(PathBuf, &[u8])]) -> Result<Vec<(PathBuf, &'a Path)>> {
    let mut staged: Vec<(PathBuf, &Path)> = Vec::new();
    for (path, bytes) in files {
        let temporary = sibling(path, "tmp");
        let written = std::fs::File::create(&temporary).and_then(|mut file| {
            file.write_all(bytes)?;
            file.sync_all()
        });
        staged.push((temporary, path));
        if let Err(source) = written {
            discard(&staged);
            return Err(Error::Write {
                path: path.clone(),
                source,
            });
        }
    }
    Ok(staged)
}

/// A file moved into place, and where the file it replaced was kept.
struct Replaced {
    path: PathBuf,
    previous: Option<PathBuf>,
}

/// Moves `temporary` over `path` in one step (readers see the old file or
/// the new, never none), first keeping the old file as a link (or copy).
fn replace(temporary: &Path, path: &Path) -> std::io::Result<Replaced> {
    let previous = if path.is_file() {
        let kept = sibling(path, "old");
        let _ = std::fs::remove_file(&kept);
        std::fs::hard_link(path, &kept).or_else(|_| std::fs::copy(path, &kept).map(drop))?;
        Some(kept)
    } else {
        None
    };
    match std::fs::rename(temporary, path) {
        Ok(()) => Ok(Replaced {
            path: path.to_path_buf(),
            previous,
        }),
        Err(error) => {
            if let Some(kept) = &previous {
                let _ = std::fs::remove_file(kept);
            }
            Err(error)
        }
    }
}

/// Puts back the files that were replaced (best effort: this runs only
/// after a failure, which is the error reported).
fn undo(replaced: &[Replaced]) {
    for Replaced { path, previous } in replaced.iter().rev() {
        match previous {
            Some(kept) => {
                let _ = std::fs::rename(kept, path);
            }
            None => {
                let _ = std::fs::remove_file(path);
            }
        }
    }
}

fn discard(staged: &[(PathBuf, &Path)]) {
    for (temporary, _) in staged {
        let _ = std::fs::remove_file(temporary);
    }
}

/// Writes every file of a pack into `out/<slug>/`, returning their paths.
pub fn write_pack(out: &Path, slug: &str, pack: &RenderedPack) -> Result<Vec<PathBuf>> {
    let dir = out.join(slug);
    std::fs::create_dir_all(&dir).map_err(|source| Error::Write {
        path: dir.clone(),
        source,
    })?;
    let files: Vec<(PathBuf, &[u8])> = pack
        .files
        .iter()
        .map(|(name, bytes)| (dir.join(name), bytes.as_slice()))
        .collect();
    write_atomically(&files)?;
    Ok(files.into_iter().map(|(path, _)| path).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_file_and_leaves_no_temporary() {
        let dir = std::env::temp_dir().join(format!("studypack-output-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.pdf");
        write_atomically(&[(path.clone(), b"old".as_slice())]).unwrap();
        write_atomically(&[(path.clone(), b"new".as_slice())]).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("a.pdf")]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_file_leaves_the_others_untouched() {
        let dir = std::env::temp_dir().join(format!("studypack-output2-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let kept = dir.join("kept.pdf");
        std::fs::write(&kept, b"yesterday").unwrap();
        let missing = dir.join("no-such-folder").join("x.pdf");
        let result = write_atomically(&[
            (kept.clone(), b"today".as_slice()),
            (missing, b"x".as_slice()),
        ]);
        assert!(matches!(result, Err(Error::Write { .. })));
        assert_eq!(std::fs::read(&kept).unwrap(), b"yesterday");
        let names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("kept.pdf")]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_failed_move_puts_back_the_files_already_replaced() {
        let dir = std::env::temp_dir().join(format!("studypack-output3-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("b.pdf").join("in-the-way")).unwrap();
        let first = dir.join("a.pdf");
        std::fs::write(&first, b"yesterday").unwrap();
        let result = write_atomically(&[
            (first.clone(), b"today".as_slice()),
            (dir.join("b.pdf"), b"today".as_slice()),
        ]);
        assert!(matches!(result, Err(Error::Write { ref path, .. }) if path.ends_with("b.pdf")));
        assert_eq!(std::fs::read(&first).unwrap(), b"yesterday");
        let mut names: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        assert_eq!(names, vec!["a.pdf", "b.pdf"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
