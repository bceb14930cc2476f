//! A small drawing for each of the six interest areas, beside an interest item and on the
//! results' interest bars. Drawn for this project: a few strokes each, in the text's colour.
//! Decorative: the words beside it say the same.

use leptos::prelude::*;

/// The strokes of an area's drawing on a 24 × 24 grid, by its trait id.
fn strokes(area: &str) -> &'static str {
    match area {
        // A spanner.
        "realistic" => "M14.5 6.5a4 4 0 0 0 5 5l-8 8a2.1 2.1 0 0 1-3-3l8-8a4 4 0 0 0-2-2z M16 4l-2 2.5 3.5 3.5 2.5-2",
        // A magnifying glass.
        "investigative" => "M10.5 4a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z M15.5 15.5L20 20",
        // A pencil drawing a line.
        "artistic" => "M4 20l1-4L16 5l3 3L8 19z M14 7l3 3 M4 20h16",
        // A heart.
        "social" => "M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z",
        // A speech bubble.
        "enterprising" => "M4 5h16v10H10l-4 4v-4H4z M8 9h8 M8 12h5",
        // A ticked list.
        "conventional" => "M5 6l1.5 1.5L9 5 M5 12l1.5 1.5L9 11 M5 18l1.5 1.5L9 17 M12 6h7 M12 12h7 M12 18h7",
        _ => "",
    }
}

#[component]
pub fn InterestIcon(area: String) -> impl IntoView {
    view! {
        <svg class="interest-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path d=strokes(&area) fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" />
        </svg>
    }
}
