//! Errors cross into JavaScript once, here: a JS `Error` whose message reads as the problems
//! listed one per line, and whose `problems` property holds each `{path, message}`, so a page
//! can list or highlight them (`err.problems[0].path` is `"tree.children[2].value"`).

use crate::model::{Problem, Problems};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsValue;

pub type JsResult<T> = Result<T, JsValue>;

/// `error` with a `heading` for the element's error box in the reader's language (the page's
/// `lang`: data that failed cannot be trusted to name its own), such as "此树图无法绘制".
pub fn headed(error: JsValue, lang: Option<&str>, heading: crate::messages::Msg) -> JsValue {
    let text = crate::messages::Messages::for_locale(lang).get(heading).to_string();
    let _ = Reflect::set(&error, &"heading".into(), &JsValue::from_str(&text));
    error
}

pub fn problems_error(problems: &Problems) -> JsValue {
    with_problems(&problems.to_string(), &problems.0)
}

/// An error that is not about a value in the data (a size, a canvas): one problem at the
/// document, path `""`.
pub fn fail(message: &str) -> JsValue {
    with_problems(message, &[Problem { path: String::new(), message: message.into() }])
}

fn with_problems(message: &str, problems: &[Problem]) -> JsValue {
    let error = js_sys::Error::new(message);
    let list = Array::new();
    for p in problems {
        let item = Object::new();
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&item, &"path".into(), &JsValue::from_str(&p.path));
        let _ = Reflect::set(&item, &"message".into(), &JsValue::from_str(&p.message));
        list.push(&item);
    }
    let _ = Reflect::set(&error, &"problems".into(), &list);
    error.into()
}
