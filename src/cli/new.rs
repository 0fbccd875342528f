//! `goldenhour new ID`: a new case from the template, valid as written.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use goldenhour::data;
use goldenhour::i18n::Catalog;

use super::{Fail, shared_messages, shown};
use crate::authoring;

#[derive(clap::Args)]
pub(super) struct Args {
    id: String,
    /// The case folder to write into (created if needed): DIR/scenarios/ID.ron and
    /// DIR/locales/<lang>/ID.ftl. Default: $GOLDENHOUR_DATA when set, else the current folder.
    #[arg(long)]
    dir: Option<PathBuf>,
}

/// `goldenhour new ID`: write the template case and its texts; never overwrite anything.
/// The case folder gets only the case's own files: the app's messages stay in the
/// installation ([`data::home`]).
pub(super) fn run(args: Args, lang: Option<String>) -> Result<ExitCode, Fail> {
    let id = args.id.as_str();
    let dir = args
        .dir
        .or_else(|| std::env::var_os("GOLDENHOUR_DATA").map(PathBuf::from))
        .unwrap_or_default();
    let dir = shown(&dir);
    let locales_dir = dir.join("locales");
    let home = shared_messages()?;
    // The case folder's own texts when they load; the app's alone when they do not (the
    // command's messages are the app's).
    let catalog = Catalog::load_layers(&data::locale_dirs(&dir, []))
        .or_else(|_| Catalog::load(&home.join("locales")))?;
    let lang = super::lang(Some(&catalog), lang.as_deref(), None)?;
    let t = |id: &'static str, args: &[(&'static str, String)]| {
        authoring::tr(&catalog, &lang, id, args)
    };
    if !authoring::valid_case_id(id) {
        return Err(Fail(t("new-bad-id", &[("id", id.to_string())])));
    }
    // Every language the app speaks, and any locale folder the case folder already has.
    let mut locales: Vec<String> = catalog.languages().into_iter().map(str::to_string).collect();
    locales.extend(
        std::fs::read_dir(&locales_dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.is_dir())
                    .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(str::to_string))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
    );
    locales.sort();
    locales.dedup();
    if locales.is_empty() {
        let d = locales_dir.display().to_string();
        return Err(Fail(t("new-no-locales", &[("dir", d)])));
    }
    let files = authoring::new_case_files(&dir, id, &locales);
    if let Some((p, _)) = files.iter().find(|(p, _)| p.exists()) {
        return Err(Fail(t("new-exists", &[("file", p.display().to_string())])));
    }
    let mut written = Vec::new();
    for (path, text) in &files {
        if let Err(e) = write_new(path, text.as_bytes()) {
            // Leave nothing half made: remove what this run wrote.
            for p in &written {
                let _ = std::fs::remove_file(p);
            }
            let f = path.display().to_string();
            let id = if e.kind() == std::io::ErrorKind::AlreadyExists {
                "new-exists"
            } else {
                "new-cannot-write"
            };
            return Err(Fail(t(id, &[("file", f), ("error", e.to_string())])));
        }
        written.push(path.clone());
        say!("{}", t("new-created", &[("file", path.display().to_string())]));
    }
    say!("{}", t("new-next", &[("file", files[0].0.display().to_string())]));
    Ok(ExitCode::SUCCESS)
}

/// Write a file that must not exist yet: created exclusively, so a file that appeared since
/// the check is not replaced either. A file only partly written is removed.
fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(path)?;
    let res = f.write_all(bytes).and_then(|()| f.sync_all());
    if res.is_err() {
        drop(f);
        let _ = std::fs::remove_file(path);
    }
    res
}
