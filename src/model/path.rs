//! JSON paths such as `tree.children[2].value`, built as a borrowed chain while walking the
//! input and turned into a string only when a problem is reported (no allocation per node).

use std::fmt;

#[derive(Clone, Copy, Debug)]
pub enum Path<'a> {
    /// The whole document.
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }
}

/// A key that is a plain identifier is written `a.b`; any other key as `a["odd key"]`.
fn is_identifier(key: &str) -> bool {
    let mut chars = key.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root => Ok(()),
            Path::Key(parent, key) => {
                parent.fmt(f)?;
                if is_identifier(key) {
                    if !matches!(parent, Path::Root) {
                        f.write_str(".")?;
                    }
                    f.write_str(key)
                } else {
                    let shown: String = key.chars().take(40).collect();
                    write!(f, "[{}]", super::reader::quoted(&shown))
                }
            }
            Path::Index(parent, index) => {
                parent.fmt(f)?;
                write!(f, "[{index}]")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_render_like_javascript_accessors() {
        let root = Path::Root;
        let tree = root.key("tree");
        let children = tree.key("children");
        let second = children.index(2);
        let value = second.key("value");
        assert_eq!(value.to_string(), "tree.children[2].value");
        let odd = second.key("my key");
        assert_eq!(odd.to_string(), "tree.children[2][\"my key\"]");
        assert_eq!(Path::Root.to_string(), "");
    }
}
