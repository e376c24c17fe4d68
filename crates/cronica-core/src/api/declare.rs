//! The `api!` macro: turns the call declarations of `api/mod.rs` into the command list, the JSON
//! dispatcher and the signatures the TypeScript generator reads.

/// Names a type in TypeScript.
pub type TypeName = fn(&ts_rs::Config) -> String;

/// One declared call as the TypeScript generator sees it.
pub struct CallSignature {
    pub name: &'static str,
    pub docs: &'static str,
    /// Argument names as written in Rust (snake case), each with a function that names its type.
    pub args: Vec<(&'static str, TypeName)>,
    pub returns: TypeName,
    /// Visits every argument and return type, so their declarations can be collected.
    pub visit: fn(&mut super::typescript::Collector),
}

macro_rules! api {
    ($(
        $(#[doc = $doc:literal])*
        fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty => |$app:ident| $body:expr;
    )*) => {
        /// Every call's name, as the UI invokes it and the shell grants it.
        pub const COMMANDS: &[&str] = &[$(stringify!($name)),*];

        /// Runs one call on `app` with its JSON arguments (an object keyed in camel case).
        pub fn dispatch(app: &Cronica, command: &str, args: serde_json::Value) -> Result<serde_json::Value, ApiError> {
            match command {
                $(stringify!($name) => {
                    #[derive(serde::Deserialize)]
                    #[serde(rename_all = "camelCase", deny_unknown_fields)]
                    struct Args { $($arg: $ty),* }
                    let Args { $($arg),* } = error::parse_args::<Args>(args)?;
                    let $app = app;
                    let out: $ret = $body?;
                    error::to_json(&out)
                })*
                _ => Err(ApiError::unknown_command(command)),
            }
        }

        /// The declared calls, for the TypeScript generator.
        pub(crate) fn signatures() -> Vec<declare::CallSignature> {
            use ts_rs::{TS, TypeVisitor};
            vec![$(declare::CallSignature {
                name: stringify!($name),
                docs: concat!($($doc, "\n"),*),
                args: vec![$((stringify!($arg), <$ty as TS>::name as declare::TypeName)),*],
                returns: <$ret as TS>::name,
                visit: |c| { $(c.visit::<$ty>();)* c.visit::<$ret>(); },
            }),*]
        }
    };
}
