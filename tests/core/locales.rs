//! Translations: every locale has every message of en-US, file by file, with the same arguments
//! (a case's own file in the languages the case declares);
//! Vietnamese is written with precomposed letters (NFC), which is what the app's fonts draw.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn locales() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales")
}

/// Message id → the `$arguments` its text uses, for one `.ftl` file (messages may continue on
/// indented lines).
fn messages(path: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: cannot read: {e}", path.display()));
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let body = if line.starts_with(' ') {
            line
        } else if let Some((id, rest)) = line.split_once(" = ")
            && !id.is_empty()
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            assert!(!out.contains_key(id), "{}: `{id}` defined twice", path.display());
            out.insert(id.to_string(), BTreeSet::new());
            current = Some(id.to_string());
            rest
        } else {
            current = None;
            continue;
        };
        let Some(id) = &current else { continue };
        let args = out.get_mut(id).expect("current message");
        for part in body.split('$').skip(1) {
            let name: String =
                part.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
            if !name.is_empty() {
                args.insert(name);
            }
        }
    }
    out
}

fn langs() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(locales())
        .expect("locales/")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .collect();
    v.sort();
    v
}

/// Every case in `scenarios/`: its id and the languages it declares.
fn cases() -> BTreeMap<String, Vec<String>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let mut out = BTreeMap::new();
    for path in
        std::fs::read_dir(&dir).expect("scenarios/").filter_map(|e| e.ok().map(|e| e.path()))
    {
        if path.extension().is_none_or(|x| x != "ron") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let sc = goldenhour::scenario::parse(&text)
            .unwrap_or_else(|e| panic!("{}: does not parse: {e}", path.display()));
        out.insert(sc.id.clone(), sc.languages.clone());
    }
    out
}

/// Compares one locale's file with its en-US original. `complete`: every English message must be
/// there; otherwise (a case's file in a language the case does not declare yet) only the messages
/// present are checked.
fn compare(lang: &str, en_file: &Path, file: &Path, complete: bool, problems: &mut Vec<String>) {
    let name = en_file.file_name().unwrap();
    let en = messages(en_file);
    let other = messages(file);
    for (id, args) in &en {
        match other.get(id) {
            None if complete => problems.push(format!("{lang}: `{id}` missing in {name:?}")),
            None => {}
            Some(a) if a != args => {
                problems.push(format!("{lang}: `{id}` uses {a:?}, en-US uses {args:?}"))
            }
            Some(_) => {}
        }
    }
    for id in other.keys().filter(|id| !en.contains_key(*id)) {
        problems.push(format!("{lang}: `{id}` in {name:?} is not in en-US"));
    }
}

/// Shared files (`ui.ftl`, `engine.ftl`, `report.ftl`, …: every file that is not a case's own) are
/// complete in every locale. A case's own file (`<case-id>.ftl`) is complete in each language
/// the case declares in `languages`; in any other locale it may be absent or still in progress,
/// but what it has must match en-US. Every locale file has an en-US original.
#[test]
fn every_locale_has_every_english_message_with_the_same_arguments() {
    let langs = langs();
    for need in ["en-US", "zh-CN", "vi-VN"] {
        assert!(langs.iter().any(|l| l == need), "no locales/{need}/");
    }
    let cases = cases();
    assert!(cases.len() >= 3, "the bundled cases: {cases:?}");
    let ftl_files = |lang: &str| -> Vec<PathBuf> {
        let mut v: Vec<PathBuf> = std::fs::read_dir(locales().join(lang))
            .unwrap()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        v.sort();
        v
    };
    let stem = |p: &Path| p.file_stem().and_then(|s| s.to_str()).unwrap_or("").to_string();
    let files = ftl_files("en-US");
    let shared: Vec<&PathBuf> = files.iter().filter(|p| !cases.contains_key(&stem(p))).collect();
    for need in ["engine", "ui", "report", "authoring"] {
        assert!(shared.iter().any(|p| stem(p) == need), "no shared locales/en-US/{need}.ftl");
    }
    let mut problems = Vec::new();
    for (id, declared) in &cases {
        for lang in declared {
            if !langs.contains(lang) {
                problems
                    .push(format!("case {id} declares {lang}, but there is no locales/{lang}/"));
            }
        }
        if !files.iter().any(|p| stem(p) == *id) {
            problems.push(format!("case {id}: locales/en-US/{id}.ftl is missing"));
        }
    }
    for lang in langs.iter().filter(|l| *l != "en-US") {
        for en_file in &files {
            let name = stem(en_file);
            let file = locales().join(lang).join(en_file.file_name().unwrap());
            let required = match cases.get(&name) {
                None => true,
                Some(declared) => declared.contains(lang),
            };
            if file.exists() {
                compare(lang, en_file, &file, required, &mut problems);
            } else if required {
                problems.push(format!("{} is missing", file.display()));
            }
        }
        for file in ftl_files(lang) {
            if !files.iter().any(|p| p.file_name() == file.file_name()) {
                problems.push(format!("{} has no en-US original", file.display()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn vietnamese_is_precomposed_and_accented() {
    let dir = locales().join("vi-VN");
    let mut letters = 0usize;
    for e in std::fs::read_dir(&dir).unwrap().filter_map(|e| e.ok()) {
        let text = std::fs::read_to_string(e.path()).unwrap();
        for (n, line) in text.lines().enumerate() {
            // egui draws one glyph per character: a combining tone mark would float loose.
            let bad: Vec<char> =
                line.chars().filter(|c| ('\u{300}'..='\u{36f}').contains(c)).collect();
            assert!(bad.is_empty(), "{}:{}: combining marks {bad:?}", e.path().display(), n + 1);
        }
        letters += text.chars().filter(|c| ('\u{1ea0}'..='\u{1ef9}').contains(c)).count();
    }
    // Real Vietnamese, not ASCII without its tones: hundreds of ạ ả ấ ầ … ự in the files.
    assert!(letters > 300, "only {letters} Vietnamese tone letters in locales/vi-VN");
}

#[test]
fn the_first_case_is_complete_in_vietnamese() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let cat = goldenhour::i18n::Catalog::load(&root.join("locales")).expect("locales load");
    let text = std::fs::read_to_string(root.join("scenarios/frank-lao-cards.ron")).unwrap();
    let sc = goldenhour::scenario::parse(&text).expect("the first case parses");
    assert!(sc.languages.iter().any(|l| l == "vi-VN"), "vi-VN not among {:?}", sc.languages);
    for id in goldenhour::scenario::validate::used_messages(&sc) {
        assert!(cat.has("vi-VN", &id), "`{id}` missing in vi-VN");
    }
    for id in goldenhour::sim::ENGINE_MESSAGES {
        assert!(cat.has("vi-VN", id), "engine message `{id}` missing in vi-VN");
    }
    // Rendered with arguments and Vietnamese digit grouping.
    let m = goldenhour::i18n::Msg::new("ev-payment")
        .arg("amount", goldenhour::i18n::Arg::Money(920_000))
        .arg("to", goldenhour::i18n::Arg::Ref("frank-acc-lao-card-1".into()));
    assert_eq!(
        cat.render("vi-VN", &m),
        "Bị hại đã chuyển 920.000 vào Thẻ Lào 1 (Viêng Chăn, đuôi 2208)."
    );
    assert!(cat.missing().is_empty(), "fell back: {:?}", cat.missing());
}

/// The bundled font (`assets/fonts/NotoSansSC-Subset.otf`, made by `assets/fonts/subset.py`)
/// has a glyph for every character of every locale, so no text shows a box: Vietnamese is drawn
/// with it alone, and it is the fallback for everything egui's Latin font lacks.
#[test]
fn the_bundled_font_has_every_character_of_every_locale() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(root.join("assets/fonts/NotoSansSC-Subset.otf")).unwrap();
    let face = ttf_parser::Face::parse(&bytes, 0).expect("the bundled font parses");
    let mut problems = Vec::new();
    for lang in langs() {
        let mut missing = BTreeSet::new();
        for e in std::fs::read_dir(locales().join(&lang)).unwrap().filter_map(|e| e.ok()) {
            let text = std::fs::read_to_string(e.path()).unwrap();
            for line in text.lines().filter(|l| !l.trim_start().starts_with('#')) {
                missing.extend(
                    line.chars().filter(|c| !c.is_control() && face.glyph_index(*c).is_none()),
                );
            }
        }
        if !missing.is_empty() {
            problems.push(format!("{lang}: no glyph for {missing:?}"));
        }
    }
    // The Vietnamese letters egui's own Latin font lacks.
    for c in "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂăĐđƠơƯư".chars()
    {
        if face.glyph_index(c).is_none() {
            problems.push(format!("no {c}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{}\nre-run assets/fonts/subset.py after adding text to locales/",
        problems.join("\n")
    );
}

/// Terms trainees must not meet: the product's name as the app says it, the terms of the
/// notices the academy teaches, the right name of Thailand's 2023 law, and nothing meant for
/// authors (the domain brief, "unverified" marks) in any text shown.
#[test]
fn the_texts_use_the_academys_terms_and_no_author_notes() {
    const BANNED: &[(&str, &str, &str)] = &[
        ("zh-CN", "金色一小时", "the app is 黄金一小时"),
        ("zh-CN", "续止付", "再次止付 / 延长止付期限"),
        ("zh-CN", "金边国家中心局", "国际刑警组织柬埔寨国家中心局"),
        ("zh-CN", "有待提高", "the band is 需改进 in every case"),
        ("zh-CN", "红色通缉令", "INTERPOL's term is 红色通报: a Red notice is not a warrant"),
        ("", "Royal Decree", "Thailand's 2023 law is an Emergency Decree"),
        ("", "domain.md", "an author's note"),
        ("", "unverified", "an author's note"),
    ];
    let mut problems = Vec::new();
    for lang in langs() {
        for e in std::fs::read_dir(locales().join(&lang)).unwrap().filter_map(|e| e.ok()) {
            let path = e.path();
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with('#') {
                    continue;
                }
                for (only, term, why) in BANNED {
                    if (only.is_empty() || *only == lang) && line.contains(term) {
                        problems.push(format!("{}:{}: `{term}` ({why})", path.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
