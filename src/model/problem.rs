//! A problem found in the input, named by its JSON path; and the list of all of them.

use super::limits::MAX_PROBLEMS_LISTED;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path of the offending value, e.g. `tree.children[2].value`; empty for the document.
    pub path: String,
    /// What is wrong, e.g. `expected a finite number >= 0, got -5`.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "(document): {}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Every problem found, in document order. Never empty when returned as an error.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problems(pub Vec<Problem>);

impl Problems {
    pub fn one(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problems(vec![Problem { path: path.into(), message: message.into() }])
    }
}

impl fmt::Display for Problems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(f, "{n} problem{} in the data:", if n == 1 { "" } else { "s" })?;
        for problem in self.0.iter().take(MAX_PROBLEMS_LISTED) {
            write!(f, "\n  {problem}")?;
        }
        if n > MAX_PROBLEMS_LISTED {
            write!(f, "\n  … and {} more", n - MAX_PROBLEMS_LISTED)?;
        }
        Ok(())
    }
}

impl std::error::Error for Problems {}
