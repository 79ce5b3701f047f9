//! Images for briefings: the dashboard, or one panel of it, with its caption, rendered offscreen at any size
//! and scale (the same drawing as the window, through egui's wgpu renderer, so no display is needed). Used by
//! "Export image…" in the window and by `geodash screenshot`; [`settle`] also serves the tests and the
//! frame-time measurements, which drive the same app headlessly.
//!
//! What is drawn is any [`Drawable`] app, made by the caller: the window's app knows how to draw itself for an
//! image, and this module needs to know nothing of it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use egui_kittest::wgpu::WgpuTestRenderer;
use image::RgbaImage;

use super::panels::PanelRects;
use super::panels::caption::{ImageLayout, PanelChoice};

/// An app that can be drawn offscreen: it says when its background work is done and where its panels lie.
pub trait Drawable: eframe::App {
    /// True while files load or figures are computed: the picture would not be final yet.
    fn is_busy(&self) -> bool;
    /// Where each panel was drawn in the last frame.
    fn panel_rects(&self) -> PanelRects;
}

/// How the picture is taken.
#[derive(Clone, Copy, Debug)]
pub struct Shot {
    /// The window size to lay the dashboard out at, in points.
    pub size: egui::Vec2,
    /// Pixels per point: 1 or 2 (2 for a crisp slide).
    pub scale: f32,
    /// Light for print, dark for screens.
    pub theme: egui::Theme,
    /// The dashboard or one panel, as the window shows it or as a slide.
    pub layout: ImageLayout,
}

/// Why no image was made.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The background work did not finish in time.
    #[error("the figures took too long to compute (over {} s)", .0.as_secs())]
    TooSlow(Duration),
    /// The caption was not laid out, so the panel cannot be cut out with it.
    #[error("the caption was not drawn")]
    NoCaption,
    /// The offscreen renderer failed.
    #[error("cannot render the image: {0}")]
    Renderer(String),
    /// The PNG file could not be written.
    #[error("cannot write {path}: {reason}")]
    Write {
        /// The file the analyst named.
        path: PathBuf,
        /// Why.
        reason: String,
    },
}

/// Frames are drawn until the figures are in, at most this long.
const SETTLE_LIMIT: Duration = Duration::from_secs(60);

/// Renders the picture of the app `make` builds (with egui's context), taken as `shot` says.
pub fn render<A: Drawable + 'static>(
    shot: Shot,
    make: impl FnOnce(&egui::Context) -> A + 'static,
) -> Result<RgbaImage, RenderError> {
    let mut harness = Harness::builder()
        .with_size(shot.size)
        .with_pixels_per_point(shot.scale)
        .with_theme(shot.theme)
        .with_render_cursor(false)
        .renderer(renderer())
        .build_eframe(move |cc| make(&cc.egui_ctx));
    settle(&mut harness, SETTLE_LIMIT)?;
    // A few more frames, so every panel has its final size.
    for _ in 0..4 {
        harness.step();
    }
    let image = harness.render().map_err(RenderError::Renderer)?;
    let rects = harness.state().panel_rects();
    let caption_rect = rects.caption.ok_or(RenderError::NoCaption)?;
    if shot.layout.slide {
        return Ok(image);
    }
    let panel_rect = match shot.layout.panel {
        PanelChoice::Dashboard | PanelChoice::ActorsAndTimeline => return Ok(image),
        PanelChoice::Actors => rects.actors,
        PanelChoice::Timeline => rects.timeline,
        PanelChoice::Article | PanelChoice::View => rects.reader,
    };
    let scale = shot.scale;
    let part = crop(&image, panel_rect, scale);
    let caption_part = crop(
        &image,
        caption_rect.intersect(egui::Rect::from_x_y_ranges(panel_rect.x_range(), caption_rect.y_range())),
        scale,
    );
    Ok(stack(&part, &caption_part))
}

/// The renderer: Mesa's OpenGL through surfaceless EGL where it works — it probes no window system, so nothing
/// is printed where no desktop session runs (Vulkan's probe prints "XDG_RUNTIME_DIR is invalid" there) — else
/// egui_kittest's own choice. Both draw the same pixels.
fn renderer() -> WgpuTestRenderer {
    let gl_only = std::panic::catch_unwind(|| {
        let mut setup = egui_kittest::wgpu::default_wgpu_setup();
        if let egui_wgpu::WgpuSetup::CreateNew(new) = &mut setup {
            new.instance_descriptor.backends = egui_wgpu::wgpu::Backends::GL;
        }
        WgpuTestRenderer::from_setup(setup)
    });
    gl_only.unwrap_or_else(|_| WgpuTestRenderer::new())
}

/// Draws frames until no file is loading and the panels show the figures of the analyst's choices, for at most
/// `limit`; gives back the time of each frame drawn.
pub fn settle<A: Drawable>(harness: &mut Harness<'_, A>, limit: Duration) -> Result<Vec<Duration>, RenderError> {
    let started = Instant::now();
    let mut frames = Vec::new();
    loop {
        let frame = Instant::now();
        harness.step();
        frames.push(frame.elapsed());
        if !harness.state().is_busy() {
            return Ok(frames);
        }
        if started.elapsed() > limit {
            return Err(RenderError::TooSlow(limit));
        }
        std::thread::sleep(Duration::from_millis(5));
    }
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

/// Writes the image as PNG, replacing the file only once it is whole; an error names the file asked for.
pub fn save_png(image: &RgbaImage, path: &Path) -> Result<(), RenderError> {
    let write_error = |reason: String| RenderError::Write { path: path.to_path_buf(), reason };
    let partial = path.with_extension("png.partial");
    let written = image.save_with_format(&partial, image::ImageFormat::Png);
    if let Err(error) = written {
        let _ = std::fs::remove_file(&partial);
        return Err(write_error(error.to_string()));
    }
    std::fs::rename(&partial, path).map_err(|error| write_error(error.to_string()))
}

/// The image as egui's image type, for the clipboard.
pub fn to_color_image(image: &RgbaImage) -> egui::ColorImage {
    let size = [image.width() as usize, image.height() as usize];
    egui::ColorImage::from_rgba_unmultiplied(size, image.as_raw())
}
