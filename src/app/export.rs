//! Images for briefings: the dashboard, or one panel of it, with its caption, rendered offscreen at any size
//! and scale (the same drawing as the window, through egui's wgpu renderer, so no display is needed). Used by
//! "Export image…" in the window and by `geodash screenshot`.

use std::path::Path;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use image::RgbaImage;

use super::GeodashApp;
use super::caption::Caption;
pub use super::caption::PanelChoice;
use super::state::ViewState;
use crate::core::corpus::Corpus;

/// Everything an image is made from, besides the corpus.
#[derive(Clone, Debug)]
pub struct ImageRequest {
    /// The window size to lay the dashboard out at, in points.
    pub size: egui::Vec2,
    /// Pixels per point: 1 or 2 (2 for a crisp slide).
    pub scale: f32,
    /// Light for print, dark for screens.
    pub theme: egui::Theme,
    /// The dashboard or one panel.
    pub panel: PanelChoice,
    /// The query, filters and open article to show.
    pub view: ViewState,
    /// The caption block.
    pub caption: Caption,
}

/// Frames are drawn until the figures are in, at most this long.
const SETTLE_LIMIT: Duration = Duration::from_secs(60);

/// Renders the image the request describes.
pub fn render(corpus: Arc<RwLock<Corpus>>, request: &ImageRequest) -> Result<RgbaImage, String> {
    let (view, caption, panel) = (request.view.clone(), request.caption.clone(), request.panel);
    let mut harness = Harness::builder()
        .with_size(request.size)
        .with_pixels_per_point(request.scale)
        .with_theme(request.theme)
        .with_render_cursor(false)
        .wgpu()
        .build_eframe(move |cc| GeodashApp::for_image(&cc.egui_ctx, corpus, view, caption, panel));
    settle(&mut harness)?;
    let image = harness.render()?;
    let rects = harness.state().panel_rects();
    let caption_rect = rects.caption.ok_or("the caption was not drawn")?;
    let panel_rect = match panel {
        PanelChoice::Dashboard => return Ok(image),
        PanelChoice::Actors => rects.actors,
        PanelChoice::Timeline => rects.timeline,
        PanelChoice::Article => rects.reader,
    };
    let scale = request.scale;
    let part = crop(&image, panel_rect, scale);
    let caption_part = crop(
        &image,
        caption_rect.intersect(egui::Rect::from_x_y_ranges(panel_rect.x_range(), caption_rect.y_range())),
        scale,
    );
    Ok(stack(&part, &caption_part))
}

/// Draws frames until loading and the figures are done, then a few more so every panel has its final size.
fn settle(harness: &mut Harness<'_, GeodashApp>) -> Result<(), String> {
    let started = Instant::now();
    harness.step();
    while harness.state().is_loading() || harness.state().is_updating() {
        if started.elapsed() > SETTLE_LIMIT {
            return Err("the figures took too long to compute".to_owned());
        }
        std::thread::sleep(Duration::from_millis(5));
        harness.step();
    }
    for _ in 0..4 {
        harness.step();
    }
    Ok(())
}

/// The part of the image inside a rectangle given in points.
fn crop(image: &RgbaImage, rect: egui::Rect, scale: f32) -> RgbaImage {
    let to_pixels = |value: f32, limit: u32| ((value * scale).round().max(0.0) as u32).min(limit);
    let (left, top) = (to_pixels(rect.left(), image.width()), to_pixels(rect.top(), image.height()));
    let (right, bottom) = (to_pixels(rect.right(), image.width()), to_pixels(rect.bottom(), image.height()));
    image::imageops::crop_imm(image, left, top, right.saturating_sub(left), bottom.saturating_sub(top)).to_image()
}

/// One image above the other, as wide as the wider.
fn stack(top: &RgbaImage, bottom: &RgbaImage) -> RgbaImage {
    let background = top.get_pixel_checked(0, 0).copied().unwrap_or(image::Rgba([0, 0, 0, 255]));
    let mut out = RgbaImage::from_pixel(top.width().max(bottom.width()), top.height() + bottom.height(), background);
    image::imageops::replace(&mut out, top, 0, 0);
    image::imageops::replace(&mut out, bottom, 0, i64::from(top.height()));
    out
}

/// Writes the image as PNG, replacing the file only once it is whole.
pub fn save_png(image: &RgbaImage, path: &Path) -> Result<(), String> {
    let partial = path.with_extension("png.partial");
    let written = image.save_with_format(&partial, image::ImageFormat::Png);
    written.map_err(|error| format!("cannot write {}: {error}", partial.display()))?;
    std::fs::rename(&partial, path).map_err(|error| format!("cannot write {}: {error}", path.display()))
}

/// The image as egui's image type, for the clipboard.
pub fn to_color_image(image: &RgbaImage) -> egui::ColorImage {
    let size = [image.width() as usize, image.height() as usize];
    egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw())
}
