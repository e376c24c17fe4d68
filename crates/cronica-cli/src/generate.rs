//! `cronica generate --out DIR` (hidden, for packaging): the manual pages (`man1/`) and shell
//! completions (`completions/`) the package installs, written from the same clap definitions the
//! command parses with, so they never drift from it.

use std::fs::File;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap_complete::Shell;
use clap_mangen::roff::{bold, roman, Roff};
use clap_mangen::Man;

/// The manual the pages belong to (the `.TH` header's centre).
const MANUAL: &str = "Crónica";

pub fn run(out: &Path) -> Result<ExitCode, String> {
    let mut cmd = crate::version::documented().disable_help_subcommand(true);
    cmd.build();
    let man_dir = out.join("man1");
    std::fs::create_dir_all(&man_dir).map_err(|e| format!("{}: {e}", man_dir.display()))?;
    let mut pages = Vec::new();
    for sub in visible_subcommands(&cmd) {
        pages.extend(write_pages(sub, &man_dir)?);
    }
    write_main_page(&cmd, &pages, &man_dir.join("cronica.1")).map_err(|e| format!("{}: {e}", man_dir.display()))?;
    pages.push("cronica.1".into());

    let completions = out.join("completions");
    std::fs::create_dir_all(&completions).map_err(|e| format!("{}: {e}", completions.display()))?;
    let mut completed = without_hidden_subcommands(&crate::version::documented());
    for (shell, name) in [(Shell::Bash, "cronica.bash"), (Shell::Zsh, "_cronica"), (Shell::Fish, "cronica.fish")] {
        let path = completions.join(name);
        let mut file = File::create(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        clap_complete::generate(shell, &mut completed, "cronica", &mut file);
        file.flush().map_err(|e| format!("{}: {e}", path.display()))?;
    }
    eprintln!("wrote {} manual pages and 3 completions in {}", pages.len(), out.display());
    Ok(ExitCode::SUCCESS)
}

/// The command as completions offer it: clap_complete lists hidden subcommands (this one) too.
fn without_hidden_subcommands(cmd: &clap::Command) -> clap::Command {
    let mut copy = clap::Command::new(cmd.get_name().to_string())
        .args(cmd.get_arguments().cloned())
        .subcommands(visible_subcommands(cmd).cloned())
        .disable_help_subcommand(true);
    if let Some(version) = cmd.get_version() {
        copy = copy.version(version.to_string());
    }
    copy
}

fn visible_subcommands(cmd: &clap::Command) -> impl Iterator<Item = &clap::Command> {
    cmd.get_subcommands().filter(|s| !s.is_hide_set())
}

/// One page per subcommand at every depth (`cronica-export-gift.1`), as clap_mangen renders them.
fn write_pages(cmd: &clap::Command, dir: &Path) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    for sub in visible_subcommands(cmd) {
        names.extend(write_pages(sub, dir)?);
    }
    let man = Man::new(cmd.clone()).manual(MANUAL);
    man.generate_to(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    names.push(man.get_filename());
    Ok(names)
}

/// `cronica.1`: clap_mangen's sections, then where the content comes from, the classroom service
/// and the other pages.
fn write_main_page(cmd: &clap::Command, pages: &[String], path: &Path) -> std::io::Result<()> {
    let man = Man::new(cmd.clone()).manual(MANUAL);
    let mut file = File::create(path)?;
    man.render_title(&mut file)?;
    man.render_name_section(&mut file)?;
    man.render_synopsis_section(&mut file)?;
    man.render_description_section(&mut file)?;
    man.render_options_section(&mut file)?;
    man.render_subcommands_section(&mut file)?;

    let mut roff = Roff::default();
    roff.control("SH", ["FILES"]);
    roff.control("TP", []);
    roff.text([bold("/usr/lib/cronica/content.db")]);
    roff.text([roman("The content database the app and this command read.")]);
    roff.control("TP", []);
    roff.text([bold("/usr/lib/cronica/student/")]);
    roff.text([roman("The student page that serve hands to students' browsers.")]);
    roff.control("TP", []);
    roff.text([bold("/usr/lib/systemd/system/cronica-serve@.service")]);
    roff.text([roman(
        "Runs cronica serve as a service for a lab machine, one chapter per instance, as an unprivileged user; \
         installed, not enabled: systemctl start cronica-serve@CHAPTER. The teacher's commands (start, next, reveal, \
         end) are written to /run/cronica-serve/CHAPTER.stdin; the PIN and the join addresses are in \
         journalctl -u cronica-serve@CHAPTER; games are kept in /var/lib/cronica-serve/user.db, the last results \
         in /var/lib/cronica-serve/CHAPTER.csv. Options for every game go in CRONICA_SERVE_ARGS in \
         /etc/default/cronica-serve.",
    )]);
    roff.control("SH", ["SEE ALSO"]);
    let mut see_also: Vec<String> = pages.iter().filter_map(|p| p.strip_suffix(".1")).map(|p| format!("{p}(1)")).collect();
    see_also.insert(0, "cronica-app(1)".into());
    roff.text([roman(see_also.join(", "))]);
    roff.to_writer(&mut file)?;

    man.render_version_section(&mut file)?;
    if cmd.get_author().is_some() {
        man.render_authors_section(&mut file)?;
    }
    file.flush()
}
