//! The command line, run as a user runs it.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Tests state what they expect by panicking.

use std::process::Command;

/// Runs geodash with a cache and a config folder of its own, so no run reopens what another saved or counts
/// with the actors of the machine's user.
fn geodash(args: &[&str]) -> (String, String, bool) {
    let (cache, config) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let output = Command::new(env!("CARGO_BIN_EXE_geodash"))
        .args(args)
        .env("GEODASH_CACHE_DIR", cache.path())
        .env("GEODASH_CONFIG_DIR", config.path())
        .output()
        .expect("geodash runs");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8 output");
    let stderr = String::from_utf8(output.stderr).expect("UTF-8 errors");
    (stdout, stderr, output.status.success())
}

#[test]
fn actors_as_csv_lists_niger_first_with_its_hand_counted_figures() {
    let (stdout, _, ok) = geodash(&["actors", "--format", "csv"]);
    assert!(ok);
    let mut lines = stdout.lines();
    assert_eq!(lines.next(), Some("name,id,kind,documents,mentions,per_thousand_words,flagged"));
    let niger = lines.next().expect("a first actor");
    assert!(niger.starts_with("Niger,NER,state,5,55,"), "{niger}");
}

#[test]
fn actors_as_json_has_the_documented_fields() {
    let (stdout, _, ok) = geodash(&["actors"]);
    assert!(ok);
    let records: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let russia = records.as_array().expect("an array").iter().find(|r| r["name"] == "Russia").expect("Russia");
    assert_eq!(russia["mentions"], 44);
    assert_eq!(russia["documents"], 5);
    assert_eq!(russia["kind"], "state");
}

#[test]
fn search_prints_ranked_hits_with_marked_snippets() {
    let (stdout, _, ok) = geodash(&["search", "--query", "Wagner", "--format", "json"]);
    assert!(ok);
    let hits: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let hits = hits.as_array().expect("an array");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0]["id"], "004_5d6d183cd6ab33b9");
    assert_eq!(hits[0]["date"], "undated");
    assert!(hits[0]["snippet"].as_str().expect("text").contains("**Wagner**"));
}

#[test]
fn timeline_prints_every_dated_item() {
    let (stdout, _, ok) = geodash(&["timeline", "--format", "csv"]);
    assert!(ok);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 5, "a header and four items:\n{stdout}");
    assert!(lines[1].starts_with("2023-06-01,2023-08-31,season,"), "{}", lines[1]);
    assert!(lines[4].starts_with("2024-05-02,2024-05-02,day,"), "{}", lines[4]);
}

#[test]
fn a_folder_on_the_command_line_is_read_and_bad_files_are_reported() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    std::fs::write(folder.path().join("one.txt"), "Wagner fighters left Mali for Niger.").expect("write");
    std::fs::write(folder.path().join("two.md"), "# Chad\n\nTroops from Chad and Niger met in Niamey.").expect("write");
    std::fs::write(folder.path().join("report.pdf"), "%PDF-1.4").expect("write");
    let path = folder.path().to_str().expect("UTF-8 path");
    let (stdout, stderr, ok) = geodash(&["actors", path, "--format", "csv"]);
    assert!(ok);
    assert!(stdout.contains("\nNiger,NER,state,2,3,"), "{stdout}");
    assert!(stderr.contains("report.pdf"), "{stderr}");
}

#[test]
fn an_unknown_actor_filter_is_a_clear_error() {
    let (_, stderr, ok) = geodash(&["search", "--query", "Niger", "--actor", "Atlantis"]);
    assert!(!ok);
    assert!(stderr.contains("no actor called Atlantis"), "{stderr}");
}

#[test]
fn a_search_with_no_hits_still_prints_the_csv_header() {
    let (stdout, _, ok) = geodash(&["search", "--query", "Atlantis", "--format", "csv"]);
    assert!(ok);
    assert_eq!(stdout, "rank,id,title,date,outlet,language,score,snippet\n");
}

#[test]
fn bench_times_the_whole_pipeline_on_the_seeds() {
    let (stdout, _, ok) = geodash(&["bench", "--format", "json"]);
    assert!(ok);
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(report["documents"], 5);
    // Words as `wc -w` counts them, less the tokens with no letter or digit ("|", "—"): 1,830 in the seeds.
    assert_eq!(report["words"], 1830);
    assert_eq!(report["queries"].as_array().expect("the query set").len(), 10);
    for latency in ["search", "dashboard_update", "search_with_snippets"] {
        let p50 = report[latency]["p50_ms"].as_f64().expect("a p50");
        let p95 = report[latency]["p95_ms"].as_f64().expect("a p95");
        assert!(p50 > 0.0 && p50 <= p95, "{latency}: p50 {p50} ms, p95 {p95} ms");
    }
}

#[test]
fn the_same_article_twice_is_counted_once_and_reported() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let copy = folder.path().join("copy");
    std::fs::create_dir(&copy).expect("a subfolder");
    std::fs::write(folder.path().join("one.txt"), "Wagner fighters left Mali for Niger.").expect("write");
    // The same text, spaced and cased differently, in another folder.
    std::fs::write(copy.join("one again.txt"), "Wagner  fighters left MALI\nfor Niger.\n").expect("write");
    std::fs::write(folder.path().join("two.txt"), "Troops from Niger met in Niamey.").expect("write");
    let path = folder.path().to_str().expect("UTF-8 path");
    let (stdout, stderr, ok) = geodash(&["actors", path, "--format", "csv"]);
    assert!(ok);
    // Niger: once in one.txt, twice in two.txt (Niger, Niamey); the copy adds nothing.
    assert!(stdout.contains("\nNiger,NER,state,2,3,"), "{stdout}");
    assert!(stdout.contains("\nMali,MLI,state,1,1,"), "{stdout}");
    // Folders are read in name order, so copy/ comes first and one.txt is the one left out.
    let reported = format!(
        "duplicate: {}: same text as {}, counted once",
        folder.path().join("one.txt").display(),
        copy.join("one again.txt").display()
    );
    assert!(stderr.contains(&reported), "{stderr}");
}

#[test]
fn text_prints_what_the_readers_kept_one_json_object_a_line() {
    let fixture = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/formats/wire-export.csv");
    let (stdout, _, ok) = geodash(&["text", fixture, "--format", "jsonl"]);
    assert!(ok);
    let lines: Vec<serde_json::Value> = stdout.lines().map(|line| serde_json::from_str(line).expect("JSON")).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "w1");
    assert_eq!(lines[0]["title"], "Junta names prime minister");
    assert_eq!(lines[0]["published"], "2023-08-07");
    assert_eq!(lines[0]["precision"], "day");
    assert_eq!(lines[0]["format"], "csv");
    let text = "Junta names prime minister\n\nThe junta in Niger named Ali Lamine Zeine prime minister. ECOWAS called the move a provocation.";
    assert_eq!(lines[0]["text"], text);
}

/// Two folders both called "articles", in two places, with a file of the same name, size and modification
/// time: the second is not mistaken for the first one saved.
#[test]
fn a_relative_path_elsewhere_is_another_corpus_for_the_saved_index() {
    let (cache, first, second) =
        (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    let when = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000);
    for (place, text) in [(&first, "Niger closed its border."), (&second, "Benin closed its border.")] {
        let folder = place.path().join("articles");
        std::fs::create_dir(&folder).unwrap();
        let file = folder.join("a.txt");
        std::fs::write(&file, text).unwrap();
        std::fs::File::options().write(true).open(&file).unwrap().set_modified(when).unwrap();
    }
    let names = |place: &tempfile::TempDir| {
        let output = Command::new(env!("CARGO_BIN_EXE_geodash"))
            .args(["actors", "articles", "--format", "csv"])
            .current_dir(place.path())
            .env("GEODASH_CACHE_DIR", cache.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        stdout.lines().skip(1).map(|line| line.split(',').next().unwrap().to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(names(&first), ["Niger"]);
    assert_eq!(names(&second), ["Benin"]);
    assert_eq!(names(&first), ["Niger"], "the first folder's corpus, now from the cache");
}

#[test]
fn a_path_that_does_not_exist_is_an_error_that_names_it() {
    for command in ["actors", "timeline", "text", "bench"] {
        let (stdout, stderr, ok) = geodash(&[command, "/no/such/folder"]);
        assert!(!ok, "{command} must fail");
        assert!(stderr.contains("/no/such/folder: no such file or folder"), "{command}: {stderr}");
        assert!(stdout.is_empty(), "{command} printed {stdout}");
    }
}

#[test]
fn a_date_may_be_a_day_a_month_or_a_year_and_from_comes_before_to() {
    // The seeds carry two publication dates: 000 on 2024-05-02 and 001 on 2023-12-05.
    let ids = |args: &[&str]| {
        let (stdout, stderr, ok) = geodash(&[&["search", "--query", "Niger", "--format", "csv"], args].concat());
        assert!(ok, "{stderr}");
        stdout.lines().skip(1).map(|line| line.split(',').nth(1).unwrap()[..3].to_owned()).collect::<Vec<_>>()
    };
    assert_eq!(ids(&["--from", "2024-05"]), ["000"]);
    assert_eq!(ids(&["--to", "2023"]), ["001"]);
    assert_eq!(ids(&["--from", "5 December 2023", "--to", "2023-12-05"]), ["001"]);
    let (_, stderr, ok) = geodash(&["search", "--query", "Niger", "--from", "2024", "--to", "2023"]);
    assert!(!ok);
    assert!(stderr.contains("--from 2024-01-01 is after --to 2023-12-31"), "{stderr}");
    let (_, stderr, ok) = geodash(&["search", "--query", "Niger", "--from", "2024-13"]);
    assert!(!ok);
    assert!(stderr.contains("write 2005-03-01, 2005-03 or 2005"), "{stderr}");
}

/// A folder with one file of this name and text, kept while the test runs.
fn folder_with(name: &str, text: &str) -> tempfile::TempDir {
    let folder = tempfile::tempdir().unwrap();
    std::fs::write(folder.path().join(name), text).unwrap();
    folder
}

#[test]
fn mentions_of_an_undated_text_are_read_as_of_the_date_asked() {
    let folder = folder_with("wire.txt", "Moscow said no. The Kremlin agreed with Bonn.\n");
    let path = folder.path().to_str().unwrap();
    let ids = |args: &[&str]| -> Vec<String> {
        let (stdout, stderr, ok) = geodash(args);
        assert!(ok, "{stderr}");
        let records: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
        records.as_array().unwrap().iter().map(|r| r["actor_id"].as_str().unwrap().to_owned()).collect()
    };
    assert_eq!(ids(&["mentions", "--as-of", "1985", path]), ["SUN", "SUN", "FRG"]);
    // Bonn was no longer the seat of Germany's government by 2005: counted for no one.
    assert_eq!(ids(&["mentions", "--as-of", "2005-06-01", path]), ["RUS", "RUS"]);
}

#[test]
fn flagged_mentions_are_listed_with_why() {
    let folder = folder_with("dinner.txt", "A roast Turkey for Christmas. Turkey joined NATO in 1952.\n");
    let (stdout, stderr, ok) = geodash(&["mentions", "--flagged", "--format", "csv", folder.path().to_str().unwrap()]);
    assert!(ok, "{stderr}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "a header and the one flagged Turkey:\n{stdout}");
    assert!(lines[1].contains(",TUR,") && lines[1].ends_with(",Turkey,false,other sense"), "{}", lines[1]);
}

#[test]
fn people_count_with_the_state_they_served_only_when_asked() {
    let table =
        "title,date,text\nA visit,2023-06-01,Bazoum met the ministers.\nAfter the coup,2023-09-01,Bazoum is held.\n";
    let folder = folder_with("wires.csv", table);
    let path = folder.path().to_str().unwrap();
    let niger = |args: &[&str]| -> Option<(u64, u64)> {
        let (stdout, stderr, ok) = geodash(args);
        assert!(ok, "{stderr}");
        let records: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
        let row = records.as_array().unwrap().iter().find(|r| r["id"] == "NER")?;
        Some((row["mentions"].as_u64().unwrap(), row["documents"].as_u64().unwrap()))
    };
    assert_eq!(niger(&["actors", path]), None);
    // President until the coup of 26 July 2023: the June wire counts for Niger, the September one does not.
    assert_eq!(niger(&["actors", "--people-with-state", path]), Some((1, 1)));
}

#[test]
fn candidates_lists_unknown_names_best_first_with_the_documented_fields() {
    let folder = tempfile::tempdir().unwrap();
    let texts = [
        "Campaign opens\nPrime Minister Dario Velloso opened the campaign. The National Renewal Party cheered.",
        "Rally in the north\nMr Velloso spoke in the north. The National Renewal Party paid for the hall.",
        "Debate\nVelloso and Ana Ferreira debated. Ms Ferreira won the debate.",
    ];
    for (number, text) in texts.iter().enumerate() {
        std::fs::write(folder.path().join(format!("{number}.txt")), text).unwrap();
    }
    let (stdout, stderr, ok) = geodash(&["candidates", folder.path().to_str().unwrap(), "--limit", "5"]);
    assert!(ok, "{stderr}");
    let records: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let records = records.as_array().expect("an array");
    // Counted by hand: Velloso 3 texts, 3 mentions; the party 2 and 2; Ana Ferreira 1 text, 2 mentions.
    assert_eq!(records[0]["name"], "Dario Velloso");
    assert_eq!((records[0]["documents"].as_u64(), records[0]["mentions"].as_u64()), (Some(3), Some(3)));
    assert_eq!(records[0]["kind"], "person");
    assert_eq!(records[1]["name"], "National Renewal Party");
    assert_eq!(records[1]["kind"], "party");
    for field in ["variants", "examples", "score"] {
        assert!(!records[0][field].is_null(), "{field} missing");
    }
    let (csv, _, ok) = geodash(&["candidates", folder.path().to_str().unwrap(), "--format", "csv"]);
    assert!(ok);
    assert_eq!(csv.lines().next(), Some("name,kind,evidence,documents,mentions,variants,examples,score"));
}

#[test]
fn every_command_counts_with_the_actors_file_given() {
    let folder = tempfile::tempdir().unwrap();
    let actors = folder.path().join("team-actors.toml");
    // Mali merged into Niger; "junta" a new actor. Seeds counted by hand: Niger 55 + Mali 11; "junta" twice.
    let layer = "[[merge]]\nfrom = \"MLI\"\ninto = \"NER\"\n\n[[actor]]\nid = \"JUNTA\"\nname = \"The junta\"\n\
                 kind = \"organisation\"\naliases = [\"junta\"]\n";
    std::fs::write(&actors, layer).unwrap();
    let (stdout, stderr, ok) = geodash(&["actors", "--actors", actors.to_str().unwrap(), "--format", "csv"]);
    assert!(ok, "{stderr}");
    assert!(stdout.lines().any(|line| line.starts_with("Niger,NER,state,5,66,")), "{stdout}");
    assert!(!stdout.lines().any(|line| line.starts_with("Mali,")), "{stdout}");
    assert!(stdout.lines().any(|line| line.starts_with("The junta,JUNTA,organisation,1,2,")), "{stdout}");
    let (stdout, _, ok) = geodash(&["search", "--actors", actors.to_str().unwrap(), "-q", "", "--actor", "JUNTA"]);
    assert!(ok);
    let hits: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(hits.as_array().unwrap().len(), 1, "one seed names the junta");
}

#[test]
fn a_broken_actors_file_is_named_with_its_line_and_left_as_it_is() {
    let folder = tempfile::tempdir().unwrap();
    let actors = folder.path().join("actors.toml");
    let text = "[[actor]]\nid = \"X\"\nname = \"X\"\nkind = \"wizard\"\n";
    std::fs::write(&actors, text).unwrap();
    let (_, stderr, ok) = geodash(&["actors", "--actors", actors.to_str().unwrap()]);
    assert!(!ok);
    assert!(stderr.contains("actors.toml, line 4"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&actors).unwrap(), text);
}

#[test]
fn outlets_and_languages_filter_the_search_and_are_columns_of_its_hits() {
    let exports = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exports");
    let (stdout, _, ok) = geodash(&["search", exports, "-q", "Niger", "--language", "French", "--format", "csv"]);
    assert!(ok);
    let mut lines = stdout.lines();
    assert_eq!(lines.next(), Some("rank,id,title,date,outlet,language,score,snippet"));
    // The three French articles all name Niger (counted by hand in tests/fixtures/exports).
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 3, "{stdout}");
    assert!(rows.iter().all(|row| row.contains(",fra,")));
    // Sahel Dispatch's two articles: one names Tiani, the other Bazoum.
    let query = "Tiani OR Bazoum";
    let (stdout, _, ok) = geodash(&["search", exports, "-q", query, "--outlet", "Sahel Dispatch", "--format", "csv"]);
    assert!(ok);
    assert_eq!(stdout.lines().count(), 1 + 2, "{stdout}");
    assert!(stdout.contains(",Sahel Dispatch,eng,"));
    let (_, stderr, ok) = geodash(&["search", exports, "-q", "Niger", "--language", "Klingon"]);
    assert!(!ok && stderr.contains("unknown language \"Klingon\""), "{stderr}");
}

#[test]
fn outlets_counts_documents_by_outlet() {
    let exports = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/exports");
    let (stdout, _, ok) = geodash(&["outlets", exports, "--format", "csv"]);
    assert!(ok);
    let mut lines = stdout.lines();
    assert_eq!(lines.next(), Some("outlet,documents,dated,first,last"));
    assert!(stdout.contains("\nSahel Dispatch,2,2,2023-08-05,2023-11-23\n"), "{stdout}");
    // The seeds name no outlet: all five are counted apart.
    let (seeds, _, _) = geodash(&["outlets", "--format", "csv"]);
    assert!(seeds.lines().nth(1).is_some_and(|line| line.starts_with("(no outlet named),5,")), "{seeds}");
}

/// The views' fixture (tests/fixtures/views): four short articles, counted by hand in tests/views.rs.
fn views_folder() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/views").display().to_string()
}

#[test]
fn trends_by_month_print_a_row_per_period_and_actor() {
    let folder = views_folder();
    let args = ["trends", &folder, "--by", "month", "--actor", "RUS", "--actor", "France", "--format", "csv"];
    let (stdout, stderr, ok) = geodash(&args);
    assert!(ok, "{stderr}");
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(rows[0], "period,actor,id,mentions,documents,period_documents,per_thousand_words,value");
    assert!(rows[1].starts_with("2023-08-01,Russia,RUS,3,1,2,"), "{}", rows[1]);
    assert!(rows[2].starts_with("2023-08-01,France,FRA,3,2,2,"), "{}", rows[2]);
    assert!(rows[3].starts_with("2023-09-01,Russia,RUS,2,1,1,"), "{}", rows[3]);
    assert!(rows[4].starts_with("2023-09-01,France,FRA,0,0,1,"), "{}", rows[4]);
    assert!(stderr.contains("1 undated"), "the undated article is said to be left out: {stderr}");
}

#[test]
fn kwic_of_an_actor_prints_the_documented_fields() {
    let (stdout, _, ok) = geodash(&["kwic", &views_folder(), "--actor", "Russia", "--width", "1"]);
    assert!(ok);
    let records: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    let records = records.as_array().expect("an array");
    assert_eq!(records.len(), 5);
    let first = &records[0];
    assert_eq!((first["document"].as_str(), first["date"].as_str()), (Some("a-flags"), Some("2023-08-03")));
    assert_eq!(
        (first["left"].as_str(), first["match"].as_str(), first["right"].as_str()),
        (Some("waved"), Some("Russian"), Some("flags."))
    );
    assert!(first["offset"].as_u64().is_some());
}

#[test]
fn comentions_by_document_put_the_most_frequent_pair_first() {
    let (stdout, _, ok) = geodash(&["comentions", &views_folder(), "--window", "document", "--format", "csv"]);
    assert!(ok);
    let rows: Vec<&str> = stdout.lines().collect();
    assert_eq!(rows[0], "actor_a,actor_b,documents,sentences,jaccard");
    // France and Niger share three documents (a, b, d) and two sentences; 3 / (3 + 4 - 3).
    assert_eq!(rows[1], "France,Niger,3,2,0.75");
}
