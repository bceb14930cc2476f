//! Which careers make a comparison: two or three, known and different, named by an address
//! (`#compare/ID,ID[,ID]`) or picked on the results. `vm::compare` sets them side by side.

use crate::content::Model;

/// How many careers a comparison takes.
pub const MIN: usize = 2;
pub const MAX: usize = 3;

/// The careers an address or a form names, by id: `None` unless there are two or three, all
/// known and all different.
pub fn careers_named<'a>(model: &Model, ids: impl IntoIterator<Item = &'a str>) -> Option<Vec<usize>> {
    let careers = ids.into_iter().map(|id| model.career_index(id)).collect::<Option<Vec<_>>>()?;
    careers_picked(model, careers)
}

/// `careers` (indices) if they make a comparison: two or three, all known, all different.
pub fn careers_picked(model: &Model, careers: Vec<usize>) -> Option<Vec<usize>> {
    let known = careers.iter().all(|&c| c < model.content.careers.len());
    let different = careers.iter().enumerate().all(|(i, c)| !careers[..i].contains(c));
    ((MIN..=MAX).contains(&careers.len()) && known && different).then_some(careers)
}
