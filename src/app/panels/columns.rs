//! The widths of the dashboard's two left columns (the actor plot, the article list) as shares of the window:
//! they follow the window when it is resized and the analyst when a column's edge is dragged, and the reader
//! always keeps room to be read.

/// The actor plot's column.
pub const ACTORS: usize = 0;
/// The article list's column.
pub const HITS: usize = 1;

/// The narrowest each column may be: the actor plot, the article list, and the reader that takes the rest.
const MINIMUMS: [f32; 3] = [240.0, 280.0, 360.0];

/// The shares of the window's width the columns take.
#[derive(Clone, Debug)]
pub struct Columns {
    shares: [f32; 2],
    /// The width the shares were last taken of.
    window: f32,
}

impl Default for Columns {
    fn default() -> Self {
        Self { shares: [0.27, 0.32], window: 0.0 }
    }
}

impl Columns {
    /// The widths column `column` may take this frame, in a window `available` wide where the columns to its left
    /// take `taken`: its share of the window when the window has just changed width (the column follows it),
    /// else anything from its minimum to what leaves the columns to its right their minimum.
    pub fn range(&self, column: usize, available: f32, taken: f32) -> egui::Rangef {
        let minimum = MINIMUMS[column];
        let rest: f32 = MINIMUMS[column + 1..].iter().sum();
        let room = (available - taken - rest).max(minimum);
        if (available - self.window).abs() > 0.5 {
            return egui::Rangef::point((self.shares[column] * available).clamp(minimum, room));
        }
        egui::Rangef::new(minimum, room)
    }

    /// Remembers the width column `column` was drawn at, as its share of the window.
    pub fn note(&mut self, column: usize, width: f32, available: f32) {
        if available > 0.0 && width.is_finite() {
            self.shares[column] = width / available;
        }
        if column == HITS {
            self.window = available;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A range in whole points.
    fn points(range: egui::Rangef) -> (f32, f32) {
        (range.min.round(), range.max.round())
    }

    #[test]
    fn the_columns_share_the_width_and_leave_the_reader_room() {
        let mut columns = Columns::default();
        // A new window of 1920 points: the plot takes 27 % of it (518 points), the list 32 % (614).
        assert_eq!(points(columns.range(ACTORS, 1920.0, 0.0)), (518.0, 518.0));
        columns.note(ACTORS, 518.4, 1920.0);
        assert_eq!(points(columns.range(HITS, 1920.0, 518.4)), (614.0, 614.0));
        columns.note(HITS, 614.4, 1920.0);
        // The same window again: the analyst may drag the plot's edge from its minimum up to where the list and
        // the reader keep theirs (1920 - 280 - 360).
        assert_eq!(points(columns.range(ACTORS, 1920.0, 0.0)), (240.0, 1280.0));
        // Resized to 1024 points: the plot keeps its share (276) and the list (328), which leaves the reader 420.
        assert_eq!(points(columns.range(ACTORS, 1024.0, 0.0)), (276.0, 276.0));
        assert_eq!(points(columns.range(HITS, 1024.0, 276.48)), (328.0, 328.0));
    }
}
