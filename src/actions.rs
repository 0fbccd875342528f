//! Actions files: a RON list of timed actions that `goldenhour play --actions FILE` runs.
//!
//! ```ron
//! [
//!     (at: "2m", do: StopPayment(account: "cn-mule-1")),
//!     (at: "1h", do: Request(channel: "i247", service: "hold", target: Account("lao-card-1"),
//!                            elements: ["facts", "accounts"])),
//! ]
//! ```

use crate::scenario::{ParseError, TimedAction, from_ron};

/// Parse an actions file. Times must not be negative: actions start at the report.
pub fn parse(text: &str) -> Result<Vec<TimedAction>, ParseError> {
    let list: Vec<TimedAction> = from_ron(text)?;
    if let Some((i, a)) = list.iter().enumerate().find(|(_, a)| a.at.0 < 0) {
        let (line, col) = locate_nth_entry(text, i);
        return Err(ParseError {
            line,
            col,
            message: format!(
                "action {} is at {}, before the report: times start at 0",
                i + 1,
                a.at
            ),
            help: None,
        });
    }
    Ok(list)
}

/// Position of the n-th element of the top-level list, for messages about one action.
fn locate_nth_entry(text: &str, n: usize) -> (usize, usize) {
    let tree = crate::scenario::span::SpanTree::parse(text);
    tree.locate(&[crate::scenario::span::Step::Index(n)]).map(|s| (s.line, s.col)).unwrap_or((1, 1))
}
