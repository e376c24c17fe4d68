//! How the window draws: WebKitGTK paints Crónica's pages on the CPU unless the user asks for GPU
//! compositing. The app is text, tables and a few SVG charts; with compositing on, the first frame
//! waits for a GL context and, on machines without a usable GPU (school lab machines, virtual
//! machines), for shaders compiled in software, which made start-up about 1.5 times slower and
//! the process tree about a third larger (measured in the closing note of issue 11). It also
//! steers clear of the blank windows some GPU drivers give WebKitGTK.

use std::ffi::OsStr;

/// WebKitGTK reads it once, when the first web view is made: any value but `0` turns compositing off.
const VARIABLE: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// The value to set, if any: the user's own setting (`0` turns compositing back on) is kept.
fn value_to_set(current: Option<&OsStr>) -> Option<&'static str> {
    match current {
        Some(_) => None,
        None => Some("1"),
    }
}

/// Turns WebKitGTK's compositing off unless the environment says otherwise. Call it first thing
/// in `main`, before any thread starts (it changes the process's environment).
pub fn prefer_cpu_rendering() {
    if let Some(value) = value_to_set(std::env::var_os(VARIABLE).as_deref()) {
        std::env::set_var(VARIABLE, value);
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;

    use super::value_to_set;

    #[test]
    fn compositing_is_turned_off_only_when_the_user_has_not_chosen() {
        assert_eq!(value_to_set(None), Some("1"));
        assert_eq!(value_to_set(Some(OsStr::new("0"))), None, "0 asks for compositing: kept");
        assert_eq!(value_to_set(Some(OsStr::new("1"))), None);
        assert_eq!(value_to_set(Some(OsStr::new(""))), None);
    }
}
