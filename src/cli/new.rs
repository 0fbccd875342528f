//! `goldenhour new ID`: a new case from the template, valid as written.

use std::path::PathBuf;
use std::process::ExitCode;

use goldenhour::i18n::Catalog;

use super::{Fail, shown, text_or};
use crate::authoring;

#[derive(clap::Args)]
pub(super) struct Args {
    id: String,
    /// The data folder holding scenarios/ and locales/ (default: the current one).
    #[arg(long)]
    dir: Option<PathBuf>,
}

/// `goldenhour new ID`: write the template case and its texts; never overwrite anything.
/// `data` is the data folder the binary runs with; `--dir` replaces it.
pub(super) fn run(args: Args, data: PathBuf, lang: Option<String>) -> Result<ExitCode, Fail> {
    let id = args.id.as_str();
    let dir = shown(&args.dir.unwrap_or(data));
    let locales_dir = dir.join("locales");
    let catalog = Catalog::load(&locales_dir).ok();
    let lang = super::lang(catalog.as_ref(), lang.as_deref(), None)?;
    let t = |id: &'static str, args: &[(&'static str, String)], fallback: String| {
        text_or(catalog.as_ref(), &lang, id, args, fallback)
    };
    if !authoring::valid_case_id(id) {
        return Err(Fail(t(
            "new-bad-id",
            &[("id", id.to_string())],
            format!("`{id}` cannot be a case id: use lower-case letters, digits and hyphens"),
        )));
    }
    let mut locales: Vec<String> = std::fs::read_dir(&locales_dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    locales.sort();
    if locales.is_empty() {
        let d = locales_dir.display().to_string();
        return Err(Fail(t("new-no-locales", &[("dir", d.clone())], format!("{d}: no locales"))));
    }
    let files = authoring::new_case_files(&dir, id, &locales);
    if let Some((p, _)) = files.iter().find(|(p, _)| p.exists()) {
        let f = p.display().to_string();
        return Err(Fail(t("new-exists", &[("file", f.clone())], format!("{f} already exists"))));
    }
    let mut written = Vec::new();
    for (path, text) in &files {
        let res = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| authoring::write_atomic(path, text.as_bytes()));
        if let Err(e) = res {
            // Leave nothing half made: remove what this run wrote.
            for p in &written {
                let _ = std::fs::remove_file(p);
            }
            return Err(Fail(format!("{}: cannot write: {e}", path.display())));
        }
        written.push(path.clone());
        let f = path.display().to_string();
        say!("{}", t("new-created", &[("file", f.clone())], format!("created {f}")));
    }
    let f = files[0].0.display().to_string();
    say!("{}", t("new-next", &[("file", f.clone())], String::new()));
    Ok(ExitCode::SUCCESS)
}
