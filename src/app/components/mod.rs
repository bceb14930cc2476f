//! Pieces that more than one screen, or the shell, draws.

pub mod back_to_results;
pub mod chart;
pub mod compare_form;
pub mod data_table;
pub mod footer;
pub mod home_choice;
pub mod interest_bars;
pub mod interest_icon;
pub mod keep;
pub mod language_switch;
pub mod match_card;
pub mod next_steps;
pub mod notices;
pub mod reasons;
