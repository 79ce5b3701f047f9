//! `geodash screenshot`: the image "Export image…" makes in the window, rendered offscreen so a daily briefing
//! can be made by a script on a machine with no display.

use std::path::PathBuf;
use std::sync::{Arc, RwLock};

use chrono::NaiveDate;
use clap::{Args, ValueEnum};

use super::corpus_input::{actor_index, date_argument, date_range};
use crate::app::GeodashApp;
use crate::app::offscreen::{Shot, render, save_png};
use crate::app::panels::caption::{Caption, ImageLayout, PanelChoice};
use crate::core::corpus::Corpus;
use crate::core::dates::DateSpan;
use crate::core::view::ViewState;
use crate::core::view_figures::{AnalysisChoices, Tab};

/// The options of `geodash screenshot`.
#[derive(Debug, Args)]
pub struct ScreenshotArgs {
    /// Files and folders to read (none: the embedded seeds).
    pub paths: Vec<PathBuf>,
    /// The PNG file to write.
    #[arg(long, short)]
    pub output: PathBuf,
    /// The whole dashboard or one panel.
    #[arg(long, value_enum, default_value_t = PanelArg::Dashboard)]
    pub panel: PanelArg,
    /// The search query to show.
    #[arg(long, short, default_value = "")]
    pub query: String,
    /// Only documents that mention this actor (id or name).
    #[arg(long)]
    pub actor: Option<String>,
    /// Only documents published on or after this date (2005-03-01, 2005-03 or 2005: its first day).
    #[arg(long, value_parser = date_argument)]
    pub from: Option<DateSpan>,
    /// Only documents published on or before this date (2005-03-01, 2005-03 or 2005: its last day).
    #[arg(long, value_parser = date_argument)]
    pub to: Option<DateSpan>,
    /// The window width to lay the dashboard out at, in points.
    #[arg(long, default_value_t = 1600)]
    pub width: u32,
    /// The window height, in points.
    #[arg(long, default_value_t = 1000)]
    pub height: u32,
    /// Pixels per point: 2 for a crisp image (a slide: 1 gives 1920 × 1080 pixels, 2 gives 3840 × 2160).
    #[arg(long, default_value_t = 1.0)]
    pub scale: f32,
    /// A 16:9 slide with text sized for projection, instead of the window as it is (--width and --height are
    /// then the slide's own); `--panel actors-timeline` is always a slide.
    #[arg(long)]
    pub slide: bool,
    /// Light for print, dark for screens.
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    pub theme: ThemeArg,
    /// The caption's title (default: "Who is mentioned, and when: CORPUS").
    #[arg(long)]
    pub title: Option<String>,
    /// A saved workspace: its files, query, filters and open article (options given here win).
    #[arg(long, conflicts_with = "paths")]
    pub workspace: Option<PathBuf>,
}

/// `--panel`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PanelArg {
    /// Every panel.
    Dashboard,
    /// The actor plot.
    Actors,
    /// The timeline strip.
    Timeline,
    /// The best hit, open in the reader.
    Article,
    /// The actor plot beside the timeline, on a slide.
    ActorsTimeline,
    /// Mentions over time of the five most mentioned actors.
    Trends,
    /// The query's (or the actor's) occurrences in context.
    Concordance,
    /// Who appears with whom.
    Comentions,
}

/// `--theme`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// Dark text on white.
    Light,
    /// Light text on black.
    Dark,
}

/// Renders the image and writes it; gives back a line saying where. `view` is a workspace's, or the default.
pub fn run(corpus: Corpus, view: ViewState, arguments: &ScreenshotArgs) -> anyhow::Result<String> {
    anyhow::ensure!((0.5..=4.0).contains(&arguments.scale), "--scale must be between 0.5 and 4");
    anyhow::ensure!(arguments.width >= 640 && arguments.height >= 400, "the smallest size is 640 by 400");
    let actor_filter = actor_index(&corpus, arguments.actor.as_deref())?.or(view.actor_filter);
    let date_filter = match date_range(arguments.from, arguments.to)? {
        (None, None) => view.date_filter,
        (from, to) => Some((from.unwrap_or(NaiveDate::MIN), to.unwrap_or(NaiveDate::MAX))),
    };
    let query = if arguments.query.is_empty() { view.query.clone() } else { arguments.query.clone() };
    let tab = match arguments.panel {
        PanelArg::Trends => Tab::Trends,
        PanelArg::Concordance => Tab::Concordance,
        PanelArg::Comentions => Tab::CoMentions,
        _ => view.analysis.tab,
    };
    let analysis = AnalysisChoices { tab, ..view.analysis.clone() };
    let view = ViewState { query, actor_filter, date_filter, analysis, ..view };
    let title = arguments.title.clone().unwrap_or_else(|| Caption::default_title(&corpus));
    let panel = match arguments.panel {
        PanelArg::Dashboard => PanelChoice::Dashboard,
        PanelArg::Actors => PanelChoice::Actors,
        PanelArg::Timeline => PanelChoice::Timeline,
        PanelArg::Article => PanelChoice::Article,
        PanelArg::ActorsTimeline => PanelChoice::ActorsAndTimeline,
        PanelArg::Trends | PanelArg::Concordance | PanelArg::Comentions => PanelChoice::View,
    };
    let layout = ImageLayout { panel, slide: arguments.slide || panel == PanelChoice::ActorsAndTimeline };
    let (size, scale) = match layout.slide {
        true => (ImageLayout::SLIDE, 1.5 * arguments.scale),
        false => (egui::vec2(arguments.width as f32, arguments.height as f32), arguments.scale),
    };
    let theme = match arguments.theme {
        ThemeArg::Light => egui::Theme::Light,
        ThemeArg::Dark => egui::Theme::Dark,
    };
    let (corpus, caption) = (Arc::new(RwLock::new(corpus)), Caption::new(title));
    let shot = Shot { size, scale, theme, layout };
    let image = render(shot, move |ctx| GeodashApp::for_image(ctx, corpus, view, caption, layout))?;
    save_png(&image, &arguments.output)?;
    Ok(format!("wrote {} ({} × {} pixels)", arguments.output.display(), image.width(), image.height()))
}
